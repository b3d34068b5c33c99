package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link WholeNumbers} guards {@code Integer} and {@code Long}; JSON-B binds primitive fields
 * without asking it, so a request body with an {@code int} would take {@code 1.5} as 1 again.
 */
class RequestBodyTypesTest {

  private static final Set<Class<?>> UNGUARDED =
      Set.of(int.class, long.class, short.class, byte.class);

  @Test
  void requestBodiesHoldNoPrimitiveIntegers() throws Exception {
    List<Class<?>> bodies = requestRecords();

    assertThat(bodies).as("request body records found").hasSizeGreaterThan(10);
    for (Class<?> body : bodies) {
      for (RecordComponent component : body.getRecordComponents()) {
        assertThat(UNGUARDED)
            .as(body.getSimpleName() + "." + component.getName())
            .doesNotContain(component.getType());
      }
    }
  }

  /** The web module's records named *Request, read from its compiled classes. */
  private static List<Class<?>> requestRecords() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("Request.class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(RequestBodyTypesTest::load)
          .filter(Class::isRecord)
          .filter(type -> !type.getSimpleName().equals("PageRequest")) // query parameters
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
