package com.shopassistant.ordercare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of every confirm step.
 *
 * @param confirmationToken the token its quote returned
 */
public record ConfirmRequest(@NotBlank @Size(max = 100) String confirmationToken) {}
