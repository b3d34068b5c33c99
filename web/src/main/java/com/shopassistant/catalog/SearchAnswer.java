package com.shopassistant.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A search's answer as sent: the JSON body and its entity tag, made once and then sent as they are
 * for as long as {@link SearchAnswerCache} keeps them.
 *
 * @param body the JSON of a {@link ProductPageView}, UTF-8; never changed after it was made
 * @param etag the value of a strong entity tag of {@code body} (without quotes): equal bodies,
 *     equal tags
 */
record SearchAnswer(byte[] body, String etag) {

  /** The answer with this body, tagged by the first 128 bits of its SHA-256. */
  static SearchAnswer of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return new SearchAnswer(body, HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
