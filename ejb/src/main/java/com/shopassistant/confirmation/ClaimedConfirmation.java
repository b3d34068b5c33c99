package com.shopassistant.confirmation;

import java.util.Optional;

/**
 * A confirmation claimed by a confirm step, its row locked until the transaction ends.
 *
 * @param id the row, for {@link ConfirmationService#complete}
 * @param subject what it is about (e.g. an order number), if anything
 * @param payload the quoted request, as the quote step stored it
 * @param alreadyPerformed the result of an earlier confirm of the same token: answer with it again
 *     instead of performing the write twice
 */
public record ClaimedConfirmation(
    long id, String subject, String payload, Optional<String> alreadyPerformed) {}
