package com.shopassistant.assistant;

/** Who produced a message: the customer, the model, a tool the model called, or the system. */
public enum MessageRole {
  USER,
  MODEL,
  TOOL,
  SYSTEM
}
