package com.shopassistant.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a store file's bytes, the key under which an applied file is recorded: the same
 * bytes give the same key on every instance, whatever path or name the file has.
 */
public final class StoreFileDigest {

  private static final int BUFFER = 64 * 1024;

  private StoreFileDigest() {}

  /** The lower-case hex SHA-256 of the whole file, streamed. */
  public static String of(Path file) throws IOException {
    try (DigestInputStream in = hashing(Files.newInputStream(file))) {
      return drain(in);
    }
  }

  /** A stream that hashes what passes through it; read it with {@link #drain}. */
  static DigestInputStream hashing(InputStream in) {
    return new DigestInputStream(in, sha256());
  }

  /**
   * Reads what is left (a JSON parser stops at the closing brace and leaves trailing blanks) and
   * returns the hash of everything that went through the stream.
   */
  static String drain(DigestInputStream in) throws IOException {
    byte[] buffer = new byte[BUFFER];
    while (in.read(buffer) >= 0) {
      // only the digest needs these bytes
    }
    return HexFormat.of().formatHex(in.getMessageDigest().digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken runtime, not a bad file.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
