/** Placed orders and their care: lines, fulfilments, payments, cancellation, returns, exchanges. */
package com.shopassistant.order;
