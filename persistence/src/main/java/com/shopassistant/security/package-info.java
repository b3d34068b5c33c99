/** Sign-in state kept in the database so that every instance shares it: keys, refresh tokens. */
package com.shopassistant.security;
