/**
 * Container tests of the usage API: a customer's own usage after chats with the Gemini fake, the
 * admin reports, alerts and tier change, and who may call them.
 */
package com.shopassistant.it.usage;
