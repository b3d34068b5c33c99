package com.shopassistant.security;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Gives failures while a body is bound their true name. A body cut off by {@link
 * LimitedInputStream} can surface wrapped by the JSON reader as a parse error; it is a 413 all the
 * same. An unknown JSON field ({@link StrictJsonbResolver}) is a 400 {@code unknown-field} rather
 * than the generic {@code malformed-json}.
 *
 * <p>Endpoints that take the raw {@code InputStream} (the import) read after this interceptor
 * returns; there the stream's own {@link PayloadTooLargeException} reaches the exception mappers.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class EntityReadGuard implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (PayloadTooLargeException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (context.getProperty(BodySizeFilter.LIMITED_STREAM) instanceof LimitedInputStream limited
          && limited.exceeded()) {
        throw new PayloadTooLargeException(limited.limit());
      }
      if (e instanceof JsonbException) {
        throw UnknownJsonFields.fieldOf(e)
            .<RuntimeException>map(field -> new UnknownFieldException(field, e))
            .orElse((JsonbException) e);
      }
      throw e;
    }
  }
}
