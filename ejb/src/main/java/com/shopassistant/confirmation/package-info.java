/**
 * Two-step writes. A quote step describes a write (checkout, cancel, return...) and {@link
 * com.shopassistant.confirmation.ConfirmationService#issue issues} a short-lived confirmation
 * token; only a confirm step that presents that token, for the same customer, performs it — once.
 * The assistant's tools use the same steps, so the model can never commit a write the customer did
 * not confirm.
 */
package com.shopassistant.confirmation;
