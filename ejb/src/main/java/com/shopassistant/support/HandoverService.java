package com.shopassistant.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Opens handover requests: the assistant's way of passing a conversation to a human agent. One open
 * request per conversation: asking again (a retried turn, the model calling twice) answers the open
 * one's reference instead of queueing the customer twice.
 */
@Stateless
public class HandoverService {

  /**
   * Crockford's base 32: no I, L, O or U, so a reference read out over the phone is unambiguous.
   */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /**
   * Opens a request for the customer's conversation with {@code summary} (cut to {@value
   * HandoverRequest#MAX_SUMMARY} characters), or answers the one already open.
   */
  public HandoverTicket request(long customerId, String conversationId, String summary) {
    Optional<HandoverRequest> open =
        em.createNamedQuery(HandoverRequest.FIND_OPEN_FOR_CONVERSATION, HandoverRequest.class)
            .setParameter("conversationId", conversationId)
            .setParameter("customerId", customerId)
            .setParameter("status", HandoverStatus.OPEN)
            .getResultStream()
            .findFirst();
    if (open.isPresent()) {
      return new HandoverTicket(open.get().getReference(), false);
    }
    String text = summary.strip();
    if (text.length() > HandoverRequest.MAX_SUMMARY) {
      text = text.substring(0, HandoverRequest.MAX_SUMMARY);
    }
    HandoverRequest request = new HandoverRequest(newReference(), customerId, conversationId, text);
    em.persist(request);
    em.flush();
    return new HandoverTicket(request.getReference(), true);
  }

  /** "HO-" and 8 random characters: 40 bits, so two requests never meet in practice. */
  static String newReference() {
    StringBuilder reference = new StringBuilder("HO-");
    for (int i = 0; i < 8; i++) {
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }
}
