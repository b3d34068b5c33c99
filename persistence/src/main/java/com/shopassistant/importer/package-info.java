/** The record of store files already imported, so a start-up import is applied once per file. */
package com.shopassistant.importer;
