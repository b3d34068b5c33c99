/** The assistant's memory: conversations, their numbered messages and running summary. */
package com.shopassistant.assistant;
