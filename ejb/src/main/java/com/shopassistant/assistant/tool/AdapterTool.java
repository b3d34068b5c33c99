package com.shopassistant.assistant.tool;

/**
 * A tool made of its declaration and a body that calls one commerce service. The body may throw the
 * services' checked business exceptions; they become error results with the API's slug ({@link
 * ToolErrors}), so a refusal is something the model can explain, never an exception. Any other
 * checked exception is unexpected and reaches the registry as a {@link ToolFailedException}.
 */
final class AdapterTool implements ShopTool {

  /** What the tool does with its arguments, as the caller of the turn. */
  @FunctionalInterface
  interface Body {
    ToolResult run(ToolArguments arguments, ToolContext context) throws Exception;
  }

  private final ToolDeclaration declaration;
  private final boolean writes;
  private final Body body;

  private AdapterTool(ToolDeclaration declaration, boolean writes, Body body) {
    this.declaration = declaration;
    this.writes = writes;
    this.body = body;
  }

  /** A tool that changes nothing the customer sees (reads, quotes, arithmetic). */
  static AdapterTool reading(ToolDeclaration declaration, Body body) {
    return new AdapterTool(declaration, false, body);
  }

  /** A tool that changes state: the cart, the address book, an order, a support request. */
  static AdapterTool writing(ToolDeclaration declaration, Body body) {
    return new AdapterTool(declaration, true, body);
  }

  @Override
  public ToolDeclaration declaration() {
    return declaration;
  }

  @Override
  public boolean writes() {
    return writes;
  }

  @Override
  public ToolResult run(ToolArguments arguments, ToolContext context) throws ToolArgumentException {
    try {
      return body.run(arguments, context);
    } catch (ToolArgumentException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      return ToolErrors.refusal(name(), e).orElseThrow(() -> new ToolFailedException(name(), e));
    }
  }

  /** An unexpected checked exception of a tool's body, for the registry to answer as failed. */
  static final class ToolFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ToolFailedException(String tool, Exception cause) {
      super("tool " + tool + " failed", cause);
    }
  }
}
