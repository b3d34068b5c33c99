package com.shopassistant.api;

import java.util.List;
import java.util.Map;

/**
 * Query parameters of a list a client got wrong (paging, and the catalog's filters); answered like
 * any validation failure, field by field.
 */
public class InvalidPageRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Map<String, String>> errors;

  public InvalidPageRequestException(List<Map<String, String>> errors) {
    super(errors.size() + " paging parameter(s) are not valid");
    this.errors = List.copyOf(errors);
  }

  /** One {@code {"field", "message"}} per bad parameter. */
  public List<Map<String, String>> errors() {
    return errors;
  }
}
