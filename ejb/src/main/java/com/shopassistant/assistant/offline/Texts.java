package com.shopassistant.assistant.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Every text the offline assistant says, English and Indonesian, kept in two properties files
 * beside this class (texts_en.properties, texts_id.properties) so the wording lives in one place
 * and a translator needs no Java. A test checks both files name every {@link Phrase}.
 */
final class Texts {

  private static final Map<String, Properties> BY_LANGUAGE =
      Map.of(Language.EN, load("texts_en.properties"), Language.ID, load("texts_id.properties"));

  private Texts() {}

  static String format(String language, Phrase phrase, Object... args) {
    String pattern = raw(language, phrase);
    return args.length == 0 ? pattern : String.format(pattern, args);
  }

  static String raw(String language, Phrase phrase) {
    Properties texts = BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Language.EN));
    String text = texts.getProperty(phrase.key());
    return text != null ? text : BY_LANGUAGE.get(Language.EN).getProperty(phrase.key(), "");
  }

  /** A text by key (for open sets such as order statuses), or null when there is none. */
  static String optional(String language, String key) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Language.EN)).getProperty(key);
  }

  private static Properties load(String name) {
    Properties texts = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
