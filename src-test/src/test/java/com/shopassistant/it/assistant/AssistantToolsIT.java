package com.shopassistant.it.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.tool.ConfirmationGate;
import com.shopassistant.assistant.tool.ToolContext;
import com.shopassistant.assistant.tool.ToolDeclaration;
import com.shopassistant.assistant.tool.ToolRegistry;
import com.shopassistant.assistant.tool.ToolResult;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tool registry inside Liberty on PostgreSQL: CDI finds every tool set, the tools reach the
 * real EJB services as the caller, a confirm commits only through the gate and only once, a
 * handover is a row in the support queue, and calls are counted in MicroProfile Metrics.
 */
@ExtendWith(ArquillianExtension.class)
class AssistantToolsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(AssistantToolsIT.class.getPackage());
  }

  @Inject ToolRegistry tools;
  @Inject ToolFixtures fixtures;
  @Inject MetricRegistry metrics;

  private final String conversation = UUID.randomUUID().toString();

  private ToolContext turn(long customer, ConfirmationGate gate) {
    return new ToolContext(customer, conversation, "en", gate);
  }

  @Test
  void cdiFindsAllTwentyEightTools() {
    assertThat(tools.declarations()).hasSize(28);
    assertThat(tools.declarations())
        .extracting(ToolDeclaration::name)
        .contains("search_products", "quote_checkout", "confirm_order_change", "calculate");
  }

  @Test
  void checkoutThroughTheToolsCommitsOnlyAfterYesAndOnlyOnce() {
    long shopper = fixtures.newShopper();
    String item = fixtures.newItem(5);
    ToolContext closed = turn(shopper, ConfirmationGate.CLOSED);

    ToolResult added = tools.run("add_to_cart", Map.of("item_code", item, "quantity", 2), closed);
    ToolResult quote = tools.run("quote_checkout", Map.of(), closed);
    String token = (String) quote.data().get("confirmation_token");
    ToolResult refused = tools.run("confirm_checkout", Map.of("confirmation_token", token), closed);

    assertThat(added.data()).containsEntry("total", "25.00");
    assertThat(quote.pending().action()).isEqualTo("CHECKOUT");
    assertThat(quote.data()).containsEntry("needs_confirmation", true);
    assertThat(refused.data()).containsEntry("error", "confirmation-required");
    assertThat(fixtures.orders(shopper)).isZero();

    ToolContext yes = turn(shopper, token::equals);
    ToolResult placed = tools.run("confirm_checkout", Map.of("confirmation_token", token), yes);
    ToolResult again = tools.run("confirm_checkout", Map.of("confirmation_token", token), yes);

    assertThat(placed.data()).containsEntry("status", "PENDING").containsEntry("total", "25.00");
    assertThat(again.data())
        .containsEntry("order_number", placed.data().get("order_number"))
        .containsEntry("placed_before", true);
    assertThat(fixtures.orders(shopper)).isEqualTo(1);
  }

  @Test
  void confirmOrderChangeCommitsADefaultAddressChangeQuotedByItsTool() {
    long shopper = fixtures.newShopper();
    ToolResult quote =
        tools.run(
            "change_default_address",
            Map.of("address1", "1 Market St", "city", "San Francisco", "country", "USA"),
            turn(shopper, ConfirmationGate.CLOSED));
    String token = quote.pending().token();

    ToolResult changed =
        tools.run(
            "confirm_order_change",
            Map.of("confirmation_token", token),
            turn(shopper, token::equals));

    assertThat(changed.ok()).isTrue();
    assertThat(fixtures.defaultAddressLine1(shopper)).isEqualTo("1 Market St");
  }

  @Test
  void anotherCustomersTokenConfirmsNothing() {
    long owner = fixtures.newShopper();
    long other = fixtures.newShopper();
    String token =
        tools
            .run(
                "change_default_address",
                Map.of("address1", "9 Elsewhere", "city", "Boston", "country", "USA"),
                turn(owner, ConfirmationGate.CLOSED))
            .pending()
            .token();

    ToolResult result =
        tools.run(
            "confirm_order_change", Map.of("confirmation_token", token), turn(other, t -> true));

    assertThat(result.data()).containsEntry("error", "confirmation-not-found");
    assertThat(fixtures.defaultAddressLine1(owner)).isEqualTo("215 River Road");
  }

  @Test
  void aTransferIsOneOpenRowInTheSupportQueuePerConversation() {
    long shopper = fixtures.newShopper();
    ToolContext context = turn(shopper, ConfirmationGate.CLOSED);

    ToolResult first =
        tools.run("transfer_to_human_agents", Map.of("summary", "Parcel never arrived"), context);
    ToolResult second =
        tools.run("transfer_to_human_agents", Map.of("summary", "Still waiting"), context);

    assertThat(first.data()).containsEntry("transferred", true);
    assertThat((String) first.data().get("reference")).matches("HO-[0-9A-Z]{8}");
    assertThat(second.data())
        .containsEntry("reference", first.data().get("reference"))
        .containsEntry("already_open", true);
    assertThat(fixtures.openHandovers(shopper)).isEqualTo(1);
  }

  @Test
  void callsAreCountedByToolAndOutcome() {
    long shopper = fixtures.newShopper();
    MetricID okCalls =
        new MetricID(
            "assistant.tool.calls", new Tag("tool", "calculate"), new Tag("outcome", "ok"));
    long before = count(okCalls);

    tools.run(
        "calculate", Map.of("expression", "2 * (3 + 4)"), turn(shopper, ConfirmationGate.CLOSED));

    assertThat(count(okCalls)).isEqualTo(before + 1);
  }

  private long count(MetricID id) {
    Counter counter = metrics.getCounters().get(id);
    return counter == null ? 0 : counter.getCount();
  }
}
