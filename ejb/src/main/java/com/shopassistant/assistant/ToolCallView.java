package com.shopassistant.assistant;

/** A tool the assistant ran in a turn, as the chat answer lists it. */
public record ToolCallView(String name, boolean ok, String summary) {}
