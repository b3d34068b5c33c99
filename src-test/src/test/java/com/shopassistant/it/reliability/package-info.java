/**
 * The fast part of the reliability suite (docs/reliability.md): hostile callers against the API —
 * one customer naming another's ids on every resource, malformed, oversized and injected input —
 * with a victim whose data must never show up in what the attacker gets.
 */
package com.shopassistant.it.reliability;
