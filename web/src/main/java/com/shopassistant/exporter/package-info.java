/** The administrator's download of the whole store as a τ²-bench retail {@code db.json}. */
package com.shopassistant.exporter;
