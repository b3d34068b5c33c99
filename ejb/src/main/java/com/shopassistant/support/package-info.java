/**
 * Customer support: the assistant hands a conversation to a human agent by opening a handover
 * request in the database, where the support staff's queue is.
 */
package com.shopassistant.support;
