package com.shopassistant.assistant;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a customer's message as an explicit yes or no to a pending write, in English and Bahasa
 * Indonesia. Deliberately strict: a yes is a short message that starts with an affirmative word and
 * has no negation ("yes but not yet" is not a yes); the server, not the model, decides this.
 */
public final class Affirmation {

  /** What a message says about a pending write. */
  public enum Answer {
    YES,
    NO,
    OTHER
  }

  private static final int MAX_WORDS = 8;
  private static final Set<String> YES_STARTS =
      Set.of(
          "yes",
          "y",
          "yep",
          "yeah",
          "yup",
          "sure",
          "ok",
          "okay",
          "confirm",
          "confirmed",
          "proceed",
          "go",
          "do",
          "place",
          "please",
          "ya",
          "iya",
          "yaa",
          "oke",
          "okey",
          "lanjut",
          "lanjutkan",
          "setuju",
          "boleh",
          "betul",
          "benar",
          "konfirmasi",
          "gas",
          "sip",
          "siap",
          "mau",
          "jadi");
  private static final Set<String> NO_WORDS =
      Set.of(
          "no",
          "nope",
          "not",
          "don't",
          "dont",
          "never",
          "cancel",
          "stop",
          "wait",
          "later",
          "but",
          "tidak",
          "nggak",
          "gak",
          "enggak",
          "jangan",
          "batal",
          "batalkan",
          "tunggu",
          "nanti",
          "belum",
          "tapi",
          "bukan");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  private Affirmation() {}

  public static Answer of(String message) {
    if (message == null || message.isBlank()) {
      return Answer.OTHER;
    }
    String[] words = NON_WORD.split(message.strip().toLowerCase(Locale.ROOT));
    words = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length == 0) {
      return Answer.OTHER;
    }
    for (String word : words) {
      if (NO_WORDS.contains(word)) {
        return words.length <= MAX_WORDS ? Answer.NO : Answer.OTHER;
      }
    }
    if (words.length <= MAX_WORDS && YES_STARTS.contains(words[0])) {
      return Answer.YES;
    }
    return Answer.OTHER;
  }
}
