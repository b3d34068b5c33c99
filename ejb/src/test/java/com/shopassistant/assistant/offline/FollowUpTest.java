package com.shopassistant.assistant.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bare answer to the assistant's question completes the request that led to the question. */
class FollowUpTest {

  private final OfflineAssistant assistant = new OfflineAssistant();

  private ModelReply answer(String request, String answer) {
    ModelReply question = assistant.generate(Chat.start().user(request).request());
    assertThat(question.calls()).as("the assistant asks first").isEmpty();
    assertThat(question.text()).endsWith("?");
    return assistant.generate(
        Chat.start().user(request).model(question.text()).user(answer).request());
  }

  @Test
  void aVoucherCodeAnswersWhichVoucher() {
    ModelReply reply = answer("I want to use a voucher", "HEMAT10");

    assertThat(reply.calls()).extracting(FunctionCall::name).containsExactly("apply_voucher");
    assertThat(reply.calls().get(0).args()).isEqualTo(Map.of("code", "HEMAT10"));
  }

  @Test
  void aReasonAnswersWhyCancel() {
    ModelReply reply = answer("batalkan pesanan #W1234567", "sudah tidak perlu");

    assertThat(reply.calls().get(0).args())
        .isEqualTo(Map.of("order_number", "#W1234567", "reason", "no longer needed"));
  }

  @Test
  void aQuantityAnswersHowMany() {
    ModelReply reply = answer("change the quantity of the earbuds", "3");

    assertThat(reply.calls()).extracting(FunctionCall::name).containsExactly("view_cart");
    Chat chat =
        Chat.start()
            .user("change the quantity of the earbuds")
            .model("How many would you like?")
            .user("3")
            .called("view_cart", Map.of(), Samples.twoLineCart());
    assertThat(Args.plain(assistant.generate(chat.request()).calls().get(0).args()))
        .isEqualTo(Args.of("line_id", 12, "quantity", 3));
  }

  @Test
  void wordsAnswerWhatToSearchFor() {
    ModelReply reply = answer("find", "running shoes");

    assertThat(reply.calls().get(0).args()).isEqualTo(Map.of("query", "running shoe"));
  }

  @Test
  void anAddressAnswersWhereAPendingOrderShouldGo() {
    ModelReply reply =
        answer("change the address of order #W1234567", "88 Oak Lane, Austin, TX 78701, USA");

    assertThat(reply.calls().get(0).name()).isEqualTo("modify_pending_order_address");
    assertThat(reply.calls().get(0).args())
        .isEqualTo(
            Map.of(
                "order_number", "#W1234567",
                "address1", "88 Oak Lane",
                "city", "Austin",
                "state", "TX",
                "zip", "78701",
                "country", "USA"));
  }

  @Test
  void withoutAQuestionAReferenceIsADetailsRequest() {
    Chat chat =
        Chat.start()
            .user("find headphones")
            .called("search_products", Map.of("query", "headphone"), Samples.headphonesSearch())
            .model("I found 3 products.")
            .user("the third one");

    assertThat(assistant.generate(chat.request()).calls().get(0).args())
        .isEqualTo(Map.of("product", "DP0005"));
  }

  @Test
  void aNewSearchInsteadOfAnAnswerIsTakenAsTheNewRequest() {
    Chat chat =
        Chat.start()
            .user("add the first one")
            .model("Which one would you like?")
            .user("show me jackets instead");

    ModelReply reply = assistant.generate(chat.request());

    assertThat(reply.calls().get(0).name()).isEqualTo("search_products");
    assertThat(reply.calls().get(0).args()).isEqualTo(Map.of("query", "jacket"));
  }
}
