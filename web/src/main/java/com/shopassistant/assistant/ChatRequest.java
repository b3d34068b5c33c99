package com.shopassistant.assistant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's message.
 *
 * @param conversationId the conversation to continue; absent for a new one
 * @param message what the customer wrote
 * @param confirmationToken set by a confirmation card's Confirm button: an explicit yes to the
 *     write pending with that token
 */
public record ChatRequest(
    @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be a conversation id (a UUID)")
        String conversationId,
    @NotBlank(message = "must not be empty")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String message,
    @Size(max = 100, message = "must be at most 100 characters") String confirmationToken) {}
