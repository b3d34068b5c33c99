/** Operations endpoints: the Cloud Run health probe and the MicroProfile Health checks. */
package com.shopassistant.ops;
