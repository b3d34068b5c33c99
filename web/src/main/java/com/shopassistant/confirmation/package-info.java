/** How refused confirmation tokens are answered (problem+json). */
package com.shopassistant.confirmation;
