package com.shopassistant.support;

/** Where a handover request is: waiting for an agent, or dealt with. */
public enum HandoverStatus {
  OPEN,
  CLOSED
}
