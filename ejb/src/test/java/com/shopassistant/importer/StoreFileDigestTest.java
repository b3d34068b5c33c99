package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is recorded by the SHA-256 of all its bytes, whether read from disk or from a request. */
class StoreFileDigestTest {

  // sha256sum of the bytes of FILE.
  private static final String FILE = "{\"products\": {}}\n\n";
  private static final String SHA256 =
      "8f9dd9e0530804812f9d2f0f16c58382aab8c042b385378e3f5fb5d2e29d9f04";

  @TempDir Path dir;

  @Test
  void hashesTheWholeFileLikeSha256sum() throws Exception {
    Path file = dir.resolve("db.json");
    Files.writeString(file, FILE);

    assertThat(StoreFileDigest.of(file)).isEqualTo(SHA256);
  }

  @Test
  void readingAStreamHashesTheBytesTheParserLeftUnread() throws Exception {
    var in =
        StoreFileDigest.hashing(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
    new StoreSnapshotReader().read(in);

    assertThat(StoreFileDigest.drain(in)).isEqualTo(SHA256);
  }
}
