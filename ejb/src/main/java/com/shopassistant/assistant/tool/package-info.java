/**
 * The assistant's tools: one registry of declarations (name, description, JSON-schema parameters)
 * and thin adapters over the commerce services, each run as the authenticated caller of the turn.
 * Writes that need the customer's consent are two-step: the tool quotes and returns a pending
 * action with a confirmation token; only a confirm tool, allowed by the {@link
 * com.shopassistant.assistant.tool.ConfirmationGate}, commits it.
 */
package com.shopassistant.assistant.tool;
