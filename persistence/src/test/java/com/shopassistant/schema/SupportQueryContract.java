package com.shopassistant.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.customer.Customer;
import com.shopassistant.support.HandoverRequest;
import com.shopassistant.support.HandoverStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The support queue's table (V11) and the query the assistant's handover asks: a conversation's
 * open request, for its own customer only; references are unique and statuses checked.
 */
abstract class SupportQueryContract extends JpaContract {

  private static final String CONVERSATION = "3f2c8a9e-0000-4000-8000-000000000001";

  private long newCustomer(String handle) {
    Customer customer = Customer.guest(handle);
    inTransaction(e -> e.persist(customer));
    return customer.getId();
  }

  private List<HandoverRequest> open(long customerId) {
    return em.createNamedQuery(HandoverRequest.FIND_OPEN_FOR_CONVERSATION, HandoverRequest.class)
        .setParameter("conversationId", CONVERSATION)
        .setParameter("customerId", customerId)
        .setParameter("status", HandoverStatus.OPEN)
        .getResultList();
  }

  @Test
  void theOpenRequestOfAConversationIsFoundForItsCustomerOnly() {
    long noah = newCustomer("support_noah");
    long other = newCustomer("support_other");
    inTransaction(e -> e.persist(new HandoverRequest("HO-AAAA1111", noah, CONVERSATION, "Late")));

    assertThat(open(noah))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.getReference()).isEqualTo("HO-AAAA1111");
              assertThat(h.getSummary()).isEqualTo("Late");
              assertThat(h.getCreatedAt()).isNotNull();
            });
    assertThat(open(other)).isEmpty();
  }

  @Test
  void aClosedRequestIsNoLongerOpen() {
    long noah = newCustomer("support_noah");
    inTransaction(e -> e.persist(new HandoverRequest("HO-AAAA1111", noah, CONVERSATION, "Late")));

    inTransaction(e -> open(noah).forEach(HandoverRequest::close));

    assertThat(open(noah)).isEmpty();
  }

  @Test
  void twoRequestsNeverShareAReference() {
    long noah = newCustomer("support_noah");
    inTransaction(e -> e.persist(new HandoverRequest("HO-AAAA1111", noah, CONVERSATION, "a")));

    assertThatThrownBy(
            () ->
                inTransaction(
                    e -> e.persist(new HandoverRequest("HO-AAAA1111", noah, "other", "b"))))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aStatusOutsideTheEnumIsRefusedByTheDatabase() {
    long noah = newCustomer("support_noah");

    assertThatThrownBy(
            () ->
                inTransaction(
                    e ->
                        e.createNativeQuery(
                                "insert into handover_request (reference, customer_id,"
                                    + " conversation_id, summary, status, created_at)"
                                    + " values ('HO-B', ?1, 'c', 's', 'LOST', current_timestamp)")
                            .setParameter(1, noah)
                            .executeUpdate()))
        .isInstanceOf(RuntimeException.class);
  }
}
