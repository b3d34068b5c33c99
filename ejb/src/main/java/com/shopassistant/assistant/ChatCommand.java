package com.shopassistant.assistant;

/**
 * A customer's message to the assistant.
 *
 * @param customerId the authenticated caller
 * @param conversationId the conversation to continue, or null for a new one
 * @param message what the customer wrote
 * @param confirmationToken set when the customer pressed Confirm on a confirmation card: an
 *     explicit yes to that pending write, whatever the message says
 */
public record ChatCommand(
    long customerId, String conversationId, String message, String confirmationToken) {}
