/** The admin endpoint that loads a store file (τ²-bench retail format) into the database. */
package com.shopassistant.importer;
