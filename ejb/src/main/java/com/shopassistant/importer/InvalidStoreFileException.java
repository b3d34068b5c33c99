package com.shopassistant.importer;

import jakarta.ejb.ApplicationException;

/**
 * A store snapshot that cannot be imported. The message names the JSON path and the problem, for
 * example {@code orders["#W1"].items[2].price: expected a number}, so an operator can fix the file
 * without reading a stack trace; nothing is written when it is thrown.
 */
@ApplicationException(rollback = true)
public class InvalidStoreFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A problem at one place in the file. */
  public InvalidStoreFileException(String path, String problem) {
    super(path + ": " + problem);
  }

  /** A problem that already carries its path, or that concerns the file as a whole. */
  public InvalidStoreFileException(String message) {
    super(message);
  }
}
