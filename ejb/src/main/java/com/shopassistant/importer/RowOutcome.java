package com.shopassistant.importer;

/** What the import did to one row. */
public enum RowOutcome {
  /** The business key was new; the row was inserted. */
  CREATED,
  /** The row existed and at least one of its fields was changed to match the file. */
  UPDATED,
  /** The row existed and the import left it as it was. */
  UNCHANGED
}
