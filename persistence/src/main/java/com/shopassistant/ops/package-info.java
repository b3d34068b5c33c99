/** Operations plumbing shared by every module: which datasource the unit uses, database time. */
package com.shopassistant.ops;
