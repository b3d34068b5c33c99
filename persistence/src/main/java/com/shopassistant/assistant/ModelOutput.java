package com.shopassistant.assistant;

/**
 * What a model message carries besides its text.
 *
 * @param callsJson the tool calls as JSON ([{id, name, args}]), or null when it called none
 * @param vendorJson the model's own content JSON (sent back unchanged next call), or null
 * @param model the model that wrote it
 */
public record ModelOutput(String callsJson, String vendorJson, String model) {}
