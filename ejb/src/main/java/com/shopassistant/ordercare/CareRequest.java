package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.PostalAddress;
import java.util.List;

/**
 * What a customer asks order care to do to one of their orders, as quoted and later confirmed.
 * Payment methods and items are named by their codes, as orders show them.
 */
public sealed interface CareRequest {

  /** The confirmation kind of this write. */
  ConfirmableAction action();

  /** Cancel a pending order for one of the policy's two reasons. */
  record Cancel(String reason) implements CareRequest {
    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.CANCEL_ORDER;
    }
  }

  /** Ship a pending order elsewhere. */
  record ShippingAddress(PostalAddress address) implements CareRequest {
    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.MODIFY_ORDER_ADDRESS;
    }
  }

  /** Pay a pending order with another of the caller's payment methods. */
  record Payment(String paymentMethodCode) implements CareRequest {
    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.MODIFY_ORDER_PAYMENT;
    }
  }

  /**
   * Switch lines of a pending order to other options of the same products; the price difference is
   * charged to or refunded through {@code paymentMethodCode}. Each swap names one line holding its
   * item (all of that line's units switch); τ²-bench orders hold one unit per line.
   */
  record ModifyItems(List<Swap> swaps, String paymentMethodCode) implements CareRequest {
    public ModifyItems {
      swaps = swaps == null ? List.of() : List.copyOf(swaps);
    }

    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.MODIFY_ORDER_ITEMS;
    }
  }

  /** Send units of a delivered order back, refunded through {@code paymentMethodCode}. */
  record Return(List<String> itemCodes, String paymentMethodCode, String reason)
      implements CareRequest {
    public Return {
      itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }

    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.RETURN_ITEMS;
    }
  }

  /** Exchange units of a delivered order, one swap per unit, for other options. */
  record Exchange(List<Swap> swaps, String paymentMethodCode, String reason)
      implements CareRequest {
    public Exchange {
      swaps = swaps == null ? List.of() : List.copyOf(swaps);
    }

    @Override
    public ConfirmableAction action() {
      return ConfirmableAction.EXCHANGE_ITEMS;
    }
  }

  /** An item of the order and the item (variant code) wanted instead. */
  record Swap(String itemCode, String newItemCode) {}
}
