package com.shopassistant.usage;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;

/** Query parameters of a usage report that are not valid, each named with what is wrong. */
@ApplicationException(rollback = true)
public class InvalidUsageReportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Map<String, String>> errors;

  public InvalidUsageReportException(List<Map<String, String>> errors) {
    super(errors.size() + " report parameter(s) are not valid");
    this.errors = List.copyOf(errors);
  }

  /** One {@code {"field", "message"}} per bad parameter. */
  public List<Map<String, String>> errors() {
    return errors;
  }
}
