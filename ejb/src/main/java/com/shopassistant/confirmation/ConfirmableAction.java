package com.shopassistant.confirmation;

/** The writes that need the customer's confirmation. */
public enum ConfirmableAction {
  CHECKOUT,
  CANCEL_ORDER,
  MODIFY_ORDER_ADDRESS,
  MODIFY_ORDER_ITEMS,
  MODIFY_ORDER_PAYMENT,
  RETURN_ITEMS,
  EXCHANGE_ITEMS,
  CHANGE_DEFAULT_ADDRESS
}
