package com.shopassistant.importer;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One store file that was applied, identified by the SHA-256 of its bytes. The hash is unique, so
 * recording a file in the same transaction as its import lets only one of several instances that
 * import the same file at once commit.
 */
@Entity
@Table(name = "store_import_run")
@NamedQuery(
    name = StoreImportRun.COUNT_BY_SHA256,
    query = "select count(r) from StoreImportRun r where r.sha256 = :sha256")
public class StoreImportRun {

  /** Parameter {@code sha256} (lower-case hex); result a {@code Long}. */
  public static final String COUNT_BY_SHA256 = "StoreImportRun.countBySha256";

  /** Longest {@link #getSource()}, as in the schema. */
  public static final int SOURCE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "source", nullable = false, length = SOURCE_LENGTH, updatable = false)
  private String source;

  @Column(name = "report_summary")
  private String reportSummary;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private OffsetDateTime importedAt;

  protected StoreImportRun() {}

  /**
   * @param sha256 64 hex digits, any case (stored lower-case)
   * @param source where the file came from, such as {@code startup:/data/db.json} or {@code api};
   *     cut to {@link #SOURCE_LENGTH} characters
   */
  public StoreImportRun(String sha256, String source) {
    String hash = Require.text(sha256, "sha256", 64).toLowerCase(Locale.ROOT);
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits");
    }
    String from = Require.present(source, "source").strip();
    if (from.isEmpty()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    this.sha256 = hash;
    this.source = from.length() > SOURCE_LENGTH ? from.substring(0, SOURCE_LENGTH) : from;
    this.importedAt = DatabaseTime.now();
  }

  /** Keeps the one-line report of the import, for whoever wonders what a file changed. */
  public void recordReport(String summary) {
    this.reportSummary = summary;
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public String getSource() {
    return source;
  }

  public String getReportSummary() {
    return reportSummary;
  }

  public OffsetDateTime getImportedAt() {
    return importedAt;
  }
}
