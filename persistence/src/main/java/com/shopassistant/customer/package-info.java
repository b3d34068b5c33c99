/** Customer accounts with their tier and role, address book and payment methods. */
package com.shopassistant.customer;
