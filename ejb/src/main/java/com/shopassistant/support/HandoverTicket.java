package com.shopassistant.support;

/**
 * The answer to a handover request.
 *
 * @param reference what the customer can quote to an agent ({@code HO-7K2M9QXA})
 * @param opened true when this call opened it; false when the conversation already had an open one
 */
public record HandoverTicket(String reference, boolean opened) {}
