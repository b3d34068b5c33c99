package com.shopassistant.exporter;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the whole store as a τ²-bench retail {@code db.json} ({@code products}, {@code users},
 * {@code orders}), streaming: the file is written while it is read, a page of rows at a time. The
 * pages are separate statements under PostgreSQL's read committed, so an order placed while a large
 * store is being exported may be missing from its user's list yet present in {@code orders}: an
 * evaluation exports a store nobody else is using.
 */
@Stateless
public class StoreExportService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Writes the file to {@code out}, which is flushed and left open. */
  public void export(OutputStream out) {
    try (JsonGenerator json = Json.createGenerator(new NonClosing(out))) {
      json.writeStartObject();
      CatalogExport.write(em, json);
      CustomerExport.write(em, json);
      OrderExport.write(em, json);
      json.writeEnd();
    }
  }

  /** The generator closes its stream; the caller owns this one. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
