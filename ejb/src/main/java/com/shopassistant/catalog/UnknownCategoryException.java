package com.shopassistant.catalog;

import jakarta.ejb.ApplicationException;

/** A product list asked for a category slug that no category has. */
@ApplicationException(rollback = true)
public class UnknownCategoryException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String slug;

  public UnknownCategoryException(String slug) {
    super("no category with slug '" + slug + "'");
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
