/**
 * Customer support: requests to hand a conversation with the assistant over to a human agent, kept
 * in the database so any instance, and the support staff, see the same queue.
 */
package com.shopassistant.support;
