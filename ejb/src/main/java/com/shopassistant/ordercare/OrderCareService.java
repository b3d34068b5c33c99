package com.shopassistant.ordercare;

import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.confirmation.ClaimedConfirmation;
import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.confirmation.ConfirmationService;
import com.shopassistant.confirmation.IssuedConfirmation;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderHistoryService;
import com.shopassistant.order.OrderNumbers;
import com.shopassistant.ordercare.OrderCareException.Rule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Order care for the customer who placed the order, in two steps. {@link #quote} plans the write
 * against the order as it is and issues a confirmation token carrying the request and the plan's
 * fingerprint. {@link #confirm} locks the customer's row (as checkout does, so the two never
 * deadlock over a gift card), claims the token (a row lock), locks the order's row before reading
 * any of it and then the caller's payment methods, plans the request again on what is there now —
 * so every rule is checked again — refuses it if the plan differs from the one quoted, applies it
 * and consumes the token, all in one transaction. A confirm retried after it succeeded answers with
 * the order and writes nothing.
 *
 * <p>Every method takes the caller's customer id; another customer's order is not found, exactly
 * like one that does not exist. No Bean Validation on the parameters (decision 0002): the resource
 * validates its request bodies, and the rules answer with {@link OrderCareException}.
 */
@Stateless
public class OrderCareService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @EJB OrderHistoryService orders;

  @EJB ConfirmationService confirmations;

  /** Plans {@code request} on the caller's order and issues the token that confirms it. */
  public OrderCareQuote quote(long customerId, String orderNumber, CareRequest request)
      throws OrderCareException {
    CustomerOrder order = ownOrder(customerId, orderNumber);
    CarePlan plan = planner(order, methods(customerId, LockModeType.NONE)).plan(request);
    IssuedConfirmation issued =
        confirmations.issue(
            customerId,
            request.action(),
            order.getOrderNumber(),
            CareRequestCodec.payload(request, plan.fingerprint()));
    return new OrderCareQuote(plan, issued);
  }

  /**
   * Performs the write quoted with {@code token} on the caller's order {@code orderNumber}, once;
   * answers the order as it is afterwards.
   *
   * @throws ConfirmationException the token is unknown, expired, or for another action or order
   * @throws OrderCareException a rule refuses the write now, or it is not the write quoted
   */
  public CustomerOrder confirm(
      long customerId, String orderNumber, ConfirmableAction action, String token)
      throws OrderCareException, ConfirmationException {
    // The customer's row first, as checkout takes it: a payment change and a checkout spending one
    // gift card then queue on it instead of each holding a row the other needs (they deadlocked).
    em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    ClaimedConfirmation claimed = confirmations.claim(customerId, token, action);
    CustomerOrder order = lockedOwnOrder(customerId, orderNumber);
    requireSameOrder(claimed, order);
    if (claimed.alreadyPerformed().isPresent()) {
      loadDetail(order);
      return order;
    }
    Map<String, PaymentMethod> methods = methods(customerId, LockModeType.PESSIMISTIC_WRITE);
    CareRequest request = CareRequestCodec.request(action, claimed.payload());
    CarePlan plan = planner(order, methods).plan(request);
    if (!plan.fingerprint().equals(CareRequestCodec.quotedFingerprint(claimed.payload()))) {
      throw new OrderCareException(
          Rule.QUOTE_OUTDATED,
          "Order "
              + order.getOrderNumber()
              + ", its items' prices or its payments changed since this quote; ask for a new"
              + " quote and confirm that one.");
    }
    new CarePlanApplier(methods, this::variant, em::flush).apply(order, request, plan);
    em.flush();
    confirmations.complete(claimed, order.getOrderNumber());
    loadDetail(order);
    return order;
  }

  private CustomerOrder ownOrder(long customerId, String orderNumber) throws OrderCareException {
    return orders
        .find(customerId, orderNumber)
        .orElseThrow(() -> new OrderCareException(Rule.ORDER_NOT_FOUND, "You have no such order."));
  }

  /**
   * The caller's order, its row locked before anything of it is read: its lines, payments and
   * changes are read afterwards, so they are what the last committed write left.
   */
  private CustomerOrder lockedOwnOrder(long customerId, String orderNumber)
      throws OrderCareException {
    List<String> candidates = OrderNumbers.candidates(orderNumber);
    List<CustomerOrder> found =
        candidates.isEmpty()
            ? List.of()
            : em.createNamedQuery(CustomerOrder.FIND_OWN_BY_NUMBERS, CustomerOrder.class)
                .setParameter("customerId", customerId)
                .setParameter("orderNumbers", candidates)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    return OrderNumbers.best(candidates, found)
        .orElseThrow(() -> new OrderCareException(Rule.ORDER_NOT_FOUND, "You have no such order."));
  }

  private static void requireSameOrder(ClaimedConfirmation claimed, CustomerOrder order)
      throws ConfirmationException {
    String quotedFor = claimed.alreadyPerformed().orElse(claimed.subject());
    if (!order.getOrderNumber().equals(quotedFor)) {
      throw new ConfirmationException(
          ConfirmationException.Kind.WRONG_ACTION,
          "This confirmation token is for order "
              + quotedFor
              + ", not for order "
              + order.getOrderNumber()
              + ".");
    }
  }

  private OrderCarePlanner planner(CustomerOrder order, Map<String, PaymentMethod> methods) {
    return new OrderCarePlanner(order, methods, this::variant);
  }

  /** The caller's payment methods by code; on confirm locked, so balances move one at a time. */
  private Map<String, PaymentMethod> methods(long customerId, LockModeType lock) {
    Map<String, PaymentMethod> byCode = new LinkedHashMap<>();
    em.createNamedQuery(PaymentMethod.FIND_BY_CUSTOMER, PaymentMethod.class)
        .setParameter("customerId", customerId)
        .setLockMode(lock)
        .getResultList()
        .forEach(m -> byCode.put(m.getCode(), m));
    return byCode;
  }

  private Optional<ProductVariant> variant(String code) {
    return em.createNamedQuery(ProductVariant.FIND_BY_CODE, ProductVariant.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** What the order view reads, loaded while the transaction is open. */
  private static void loadDetail(CustomerOrder order) {
    order.getLines().forEach(l -> l.getOptions().size());
    order.getFulfilments().forEach(f -> f.getItemCodes().size());
    order.getPayments().size();
    order.getChanges().forEach(c -> c.getItems().size());
  }
}
