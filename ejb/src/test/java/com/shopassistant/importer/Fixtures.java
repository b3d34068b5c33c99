package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small snapshot files under {@code src/test/resources/importer} and ways to break them. */
final class Fixtures {

  static final String SMALL_STORE = "small-store.json";
  static final String WITH_EXTENSIONS = "store-with-extensions.json";

  private Fixtures() {}

  static String json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/importer/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with one fragment replaced; fails if the fragment is not there exactly once. */
  static String edited(String name, String fragment, String replacement) {
    String json = json(name);
    int at = json.indexOf(fragment);
    assertThat(at).as("fragment %s", fragment).isNotNegative();
    assertThat(json.indexOf(fragment, at + 1)).as("fragment %s is unique", fragment).isNegative();
    return json.substring(0, at) + replacement + json.substring(at + fragment.length());
  }

  static StoreSnapshot read(String json) throws InvalidStoreFileException {
    return new StoreSnapshotReader().read(json);
  }

  /** The message of the exception reading {@code json} must throw. */
  static String readError(String json) {
    return operatorMessage(catchThrowableOfType(() -> read(json), InvalidStoreFileException.class));
  }

  /**
   * The message of the exception importing {@code json} into an empty store must throw: the file is
   * read (it passes the reader), then checked as the service checks it, references included.
   */
  static String importError(String json) {
    return operatorMessage(
        catchThrowableOfType(
            () -> SnapshotValidator.validate(read(json), ReferenceLookup.NONE),
            InvalidStoreFileException.class));
  }

  private static String operatorMessage(InvalidStoreFileException e) {
    assertThat(e).as("the file should be refused").isNotNull();
    // A message for an operator: one line, no stack frames, no exception class names.
    assertThat(e.getMessage())
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    return e.getMessage();
  }
}
