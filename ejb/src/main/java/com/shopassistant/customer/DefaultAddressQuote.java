package com.shopassistant.customer;

import com.shopassistant.confirmation.IssuedConfirmation;

/**
 * A quoted change of the caller's default address: which entry, what it says now, what it will say.
 *
 * @param addressId the default entry, whose label and default flag stay
 * @param label its label
 * @param address the address it holds now
 * @param newAddress the address it will hold
 * @param confirmation the single-use token that confirms exactly this
 */
public record DefaultAddressQuote(
    long addressId,
    String label,
    PostalAddress address,
    PostalAddress newAddress,
    IssuedConfirmation confirmation) {}
