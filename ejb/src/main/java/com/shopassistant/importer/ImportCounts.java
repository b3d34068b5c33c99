package com.shopassistant.importer;

/** How many rows of one kind an import created, updated and left unchanged. */
public record ImportCounts(int created, int updated, int unchanged) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

  public int total() {
    return created + updated + unchanged;
  }

  ImportCounts plus(RowOutcome outcome) {
    return switch (outcome) {
      case CREATED -> new ImportCounts(created + 1, updated, unchanged);
      case UPDATED -> new ImportCounts(created, updated + 1, unchanged);
      case UNCHANGED -> new ImportCounts(created, updated, unchanged + 1);
    };
  }

  @Override
  public String toString() {
    return created + " created, " + updated + " updated, " + unchanged + " unchanged";
  }
}
