package com.shopassistant.assistant.tool;

import java.util.List;

/**
 * A feature's tools (catalog, cart, orders...); the registry collects every CDI bean of this type.
 */
public interface ToolSet {

  List<ShopTool> tools();
}
