/**
 * Operations: schema migration at start-up, the health of the database, the active-conversations
 * gauge, and small helpers for logging that must not flood.
 */
package com.shopassistant.ops;
