/**
 * The usage API: a customer's own token usage and budget ({@code /api/v1/usage/me}), the admin
 * reports and alert state of the ledger, and the admin change of a customer's tier.
 */
package com.shopassistant.usage;
