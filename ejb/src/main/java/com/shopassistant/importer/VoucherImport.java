package com.shopassistant.importer;

import com.shopassistant.checkout.Voucher;
import java.util.List;
import java.util.Map;

/** Upserts voucher definitions; the use counts stay the store's. */
final class VoucherImport {

  private final JpaBatches jpa;
  private final ImportTally tally;

  VoucherImport(JpaBatches jpa, ImportTally tally) {
    this.jpa = jpa;
    this.tally = tally;
  }

  void run(List<VoucherRecord> vouchers) throws InvalidStoreFileException {
    int index = 0;
    for (List<VoucherRecord> batch : JpaBatches.split(vouchers, JpaBatches.BATCH_SIZE)) {
      Map<String, Voucher> stored =
          jpa.find(
              Voucher.class,
              "select e from Voucher e where e.code in :keys",
              batch.stream().map(VoucherRecord::code).toList(),
              Voucher::getCode);
      for (VoucherRecord r : batch) {
        try {
          importVoucher(r, stored.get(r.code()));
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new InvalidStoreFileException("vouchers[" + index + "]", e.getMessage());
        }
        index++;
      }
      jpa.endBatch();
    }
  }

  private void importVoucher(VoucherRecord r, Voucher stored) {
    if (stored == null) {
      jpa.em().persist(VoucherMerge.create(r));
      tally.count(ImportedKind.VOUCHERS, RowOutcome.CREATED);
      return;
    }
    List<String> fixed = VoucherMerge.fixedDifferences(stored, r);
    if (!fixed.isEmpty()) {
      tally.kept(
          ImportedKind.VOUCHERS,
          r.code(),
          "in " + String.join("/", fixed) + " (fixed at creation)");
    }
    tally.count(ImportedKind.VOUCHERS, VoucherMerge.update(stored, r));
  }
}
