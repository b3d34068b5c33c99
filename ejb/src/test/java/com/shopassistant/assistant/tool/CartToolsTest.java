package com.shopassistant.assistant.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.shopassistant.cart.CartContents;
import com.shopassistant.checkout.VoucherException;
import com.shopassistant.checkout.VoucherRefusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CartToolsTest {

  private final Tools tools = new Tools();

  private static CartContents.Line line(long id, int quantity, boolean purchasable) {
    BigDecimal price = new BigDecimal("12.50");
    return new CartContents.Line(
        id,
        100 + id,
        "ITEM" + id,
        "P" + id,
        "Lamp " + id,
        new TreeMap<>(Map.of("color", "white")),
        price,
        quantity,
        price.multiply(BigDecimal.valueOf(quantity)),
        purchasable ? 50 : 1,
        purchasable);
  }

  private static CartContents cart(List<CartContents.Line> lines, CartContents.AppliedVoucher v) {
    BigDecimal subtotal =
        lines.stream().map(CartContents.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    int units = lines.stream().mapToInt(CartContents.Line::quantity).sum();
    return new CartContents(lines, units, subtotal, new BigDecimal("0.00"), subtotal, "USD", v);
  }

  @Test
  void addToCartAddsOneUnitForTheCallerWhenNoQuantityIsGiven() throws Exception {
    when(tools.carts.addItem(Tools.CUSTOMER, "ITEM1", 1))
        .thenReturn(cart(List.of(line(1, 1, true)), null));

    ToolResult result = tools.run("add_to_cart", Map.of("item_code", " ITEM1 "));

    verify(tools.carts).addItem(Tools.CUSTOMER, "ITEM1", 1);
    assertThat(result.data())
        .isEqualTo(
            Map.of(
                "lines",
                List.of(
                    Map.of(
                        "line_id",
                        1L,
                        "item_code",
                        "ITEM1",
                        "product",
                        "Lamp 1",
                        "options",
                        "color: white",
                        "quantity",
                        1,
                        "unit_price",
                        "12.50",
                        "line_total",
                        "12.50")),
                "items",
                1,
                "total",
                "12.50",
                "currency",
                "USD"));
    assertThat(result.summary()).isEqualTo("Cart: 1 item, total 12.50");
  }

  @Test
  void quantitiesOutsideOneToNinetyNineAreRefusedBeforeTheCart() {
    assertThat(tools.run("add_to_cart", Map.of("item_code", "I", "quantity", 0)).data())
        .containsEntry("detail", "quantity must be from 1 to 99");
    assertThat(tools.run("add_to_cart", Map.of("item_code", "I", "quantity", 100)).data())
        .containsEntry("error", "invalid-argument");
    assertThat(tools.run("add_to_cart", Map.of("item_code", "I", "quantity", 1.5)).data())
        .containsEntry("detail", "quantity must be a whole number");
    verifyNoInteractions(tools.carts);
  }

  @Test
  void updateReadsTheLineAndQuantityAsTheModelSendsThem() throws Exception {
    when(tools.carts.changeQuantity(Tools.CUSTOMER, 7L, 3)).thenReturn(CartContents.EMPTY);

    ToolResult result = tools.run("update_cart_line", Map.of("line_id", "7", "quantity", 3.0));

    verify(tools.carts).changeQuantity(Tools.CUSTOMER, 7L, 3);
    assertThat(result.data()).isEqualTo(Map.of("items", 0, "total", "0.00", "currency", "USD"));
  }

  @Test
  void everyCartToolCallsItsServiceForTheCaller() throws Exception {
    when(tools.carts.removeLine(Tools.CUSTOMER, 5L)).thenReturn(CartContents.EMPTY);
    when(tools.carts.clear(Tools.CUSTOMER)).thenReturn(CartContents.EMPTY);
    when(tools.carts.applyVoucher(Tools.CUSTOMER, "SAVE10")).thenReturn(CartContents.EMPTY);
    when(tools.carts.removeVoucher(Tools.CUSTOMER)).thenReturn(CartContents.EMPTY);
    when(tools.carts.view(Tools.CUSTOMER)).thenReturn(CartContents.EMPTY);

    assertThat(tools.run("remove_cart_line", Map.of("line_id", 5)).ok()).isTrue();
    assertThat(tools.run("clear_cart", Map.of()).ok()).isTrue();
    assertThat(tools.run("apply_voucher", Map.of("code", "SAVE10")).ok()).isTrue();
    assertThat(tools.run("remove_voucher", Map.of()).ok()).isTrue();
    assertThat(tools.run("view_cart", Map.of()).ok()).isTrue();

    verify(tools.carts).removeLine(Tools.CUSTOMER, 5L);
    verify(tools.carts).clear(Tools.CUSTOMER);
    verify(tools.carts).applyVoucher(Tools.CUSTOMER, "SAVE10");
    verify(tools.carts).removeVoucher(Tools.CUSTOMER);
    verify(tools.carts).view(Tools.CUSTOMER);
  }

  @Test
  void aVoucherThatNoLongerAppliesIsShownWithItsReason() {
    CartContents.AppliedVoucher voucher =
        new CartContents.AppliedVoucher(
            "SAVE10",
            "10% off",
            false,
            VoucherRefusal.Reason.MIN_SPEND_NOT_MET,
            "Spend 20.00 more to use SAVE10.");
    when(tools.carts.view(anyLong())).thenReturn(cart(List.of(line(1, 2, true)), voucher));

    ToolResult result = tools.run("view_cart", Map.of());

    assertThat(result.data())
        .containsEntry("subtotal", "25.00")
        .containsEntry("discount", "0.00")
        .containsEntry(
            "voucher",
            Map.of(
                "code", "SAVE10", "applies", false, "reason", "Spend 20.00 more to use SAVE10."));
  }

  @Test
  void aLineThatCannotBeBoughtSaysSoWithItsStock() {
    when(tools.carts.view(anyLong())).thenReturn(cart(List.of(line(1, 3, false)), null));

    Map<String, Object> line =
        Tools.object(Tools.list(tools.run("view_cart", Map.of()).data().get("lines")).get(0));

    assertThat(line).containsEntry("purchasable", false).containsEntry("available_stock", 1);
  }

  @Test
  void aLongCartShowsTenLinesAndHowManyMore() {
    when(tools.carts.view(anyLong()))
        .thenReturn(
            cart(IntStream.rangeClosed(1, 12).mapToObj(n -> line(n, 1, true)).toList(), null));

    ToolResult result = tools.run("view_cart", Map.of());

    assertThat(Tools.list(result.data().get("lines"))).hasSize(10);
    assertThat(result.data()).containsEntry("more_lines", 2).containsEntry("items", 12);
  }

  @Test
  void aRefusedVoucherGetsTheApiSlug() throws Exception {
    when(tools.carts.applyVoucher(Tools.CUSTOMER, "OLD"))
        .thenThrow(
            new VoucherException(
                VoucherException.Kind.EXPIRED, "Voucher OLD expired on 2026-01-01."));

    assertThat(tools.run("apply_voucher", Map.of("code", "OLD")).data())
        .isEqualTo(
            Map.of("error", "voucher-expired", "detail", "Voucher OLD expired on 2026-01-01."));
  }
}
