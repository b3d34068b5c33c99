package com.shopassistant.security;

import jakarta.ws.rs.BadRequestException;

/** A JSON body with a field its endpoint does not know; answered as 400 {@code unknown-field}. */
public class UnknownFieldException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public UnknownFieldException(String field, Throwable cause) {
    super("unknown field " + field, cause);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
