/**
 * Identity: accounts signing in, signing keys, access and refresh tokens, password hashing. The
 * caller of every request is the subject of its verified token, never a parameter.
 */
package com.shopassistant.security;
