package com.shopassistant.catalog;

/** No product has the id or code of the path. */
public class ProductNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Codes are at most 64 characters; anything longer is not repeated back. */
  private static final int LONGEST_ECHOED = 64;

  public ProductNotFoundException(String idOrCode) {
    super(
        idOrCode != null && idOrCode.length() <= LONGEST_ECHOED
            ? "No product has the id or code '" + idOrCode + "'."
            : "No product has this id or code.");
  }
}
