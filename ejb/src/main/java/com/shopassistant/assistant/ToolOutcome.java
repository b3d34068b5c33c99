package com.shopassistant.assistant;

import com.shopassistant.assistant.tool.PendingAction;

/**
 * What one tool call answered, to be stored: its result as the model sees it, the write it left
 * waiting for a yes (or null), and whether it committed the pending one.
 */
public record ToolOutcome(
    String toolName, String resultJson, PendingAction pending, boolean committed) {}
