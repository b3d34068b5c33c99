package com.shopassistant.importer;

import java.util.Optional;

/**
 * What exists outside a snapshot, so a file may refer to rows imported earlier: an order file may
 * name customers and variants already in the database. {@link #NONE} demands a self-contained file.
 */
public interface ReferenceLookup {

  /** Nothing outside the snapshot. */
  ReferenceLookup NONE =
      new ReferenceLookup() {
        @Override
        public boolean customerExists(String handle) {
          return false;
        }

        @Override
        public Optional<String> productOfVariant(String itemCode) {
          return Optional.empty();
        }

        @Override
        public Optional<String> ownerOfPaymentMethod(String code) {
          return Optional.empty();
        }

        @Override
        public Optional<String> ownerOfEmail(String email) {
          return Optional.empty();
        }
      };

  boolean customerExists(String handle);

  /** The product code of the variant with this item code. */
  Optional<String> productOfVariant(String itemCode);

  /** The handle of the customer who holds this payment method. */
  Optional<String> ownerOfPaymentMethod(String code);

  /** The handle of the customer with this (lower-case) email. */
  Optional<String> ownerOfEmail(String email);
}
