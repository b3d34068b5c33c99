/** Operations: schema migration at start-up and the health of the database. */
package com.shopassistant.ops;
