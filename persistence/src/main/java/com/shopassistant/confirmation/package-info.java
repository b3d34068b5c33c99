/** Quoted writes waiting for the customer's explicit confirmation (checkout, order care). */
package com.shopassistant.confirmation;
