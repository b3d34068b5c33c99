package com.shopassistant.customer;

import com.shopassistant.confirmation.ClaimedConfirmation;
import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.confirmation.ConfirmationService;
import com.shopassistant.confirmation.IssuedConfirmation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;

/**
 * Modifies what the caller's default address says (τ²-bench's {@code modify_user_address}), in two
 * steps: the quote names the entry and both addresses and issues a confirmation token; the confirm
 * rewrites that entry — its label and default flag stay — once. Choosing another entry as the
 * default is {@link AddressBookService#makeDefault}, a single step: it changes no address. Orders
 * already placed keep their own copy of where they ship.
 */
@Stateless
public class DefaultAddressService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @EJB ConfirmationService confirmations;

  public DefaultAddressQuote quote(long customerId, PostalAddress newAddress)
      throws AccountRuleException {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new UnknownCustomerException(customerId);
    }
    Address current = customer.defaultAddress().orElseThrow(NoDefaultAddressException::new);
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("addressId", current.getId())
            .add("label", current.getLabel())
            .add("address", json(newAddress));
    IssuedConfirmation issued =
        confirmations.issue(
            customerId,
            ConfirmableAction.CHANGE_DEFAULT_ADDRESS,
            "address:" + current.getId(),
            payload.build().toString());
    return new DefaultAddressQuote(
        current.getId(), current.getLabel(), current.getPostalAddress(), newAddress, issued);
  }

  /** Rewrites the default entry as quoted; a retried confirm answers the entry as it is. */
  public Address confirm(long customerId, String token)
      throws AccountRuleException, ConfirmationException {
    ClaimedConfirmation claimed =
        confirmations.claim(customerId, token, ConfirmableAction.CHANGE_DEFAULT_ADDRESS);
    Customer customer = CustomerLock.lock(em, customerId);
    JsonObject payload = read(claimed.payload());
    long quotedId = payload.getJsonNumber("addressId").longValue();
    if (claimed.alreadyPerformed().isPresent()) {
      return customer.address(quotedId).orElseThrow(NoDefaultAddressException::new);
    }
    Address current = customer.defaultAddress().orElseThrow(NoDefaultAddressException::new);
    if (current.getId() != quotedId) {
      throw new DefaultAddressChangedException(payload.getString("label"), current.getLabel());
    }
    current.changeTo(address(payload.getJsonObject("address")));
    confirmations.complete(claimed, Long.toString(quotedId));
    return current;
  }

  private static JsonObject json(PostalAddress a) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "address1", a.getAddress1());
    put(json, "address2", a.getAddress2());
    put(json, "city", a.getCity());
    put(json, "state", a.getState());
    put(json, "zip", a.getZip());
    put(json, "country", a.getCountry());
    return json.build();
  }

  private static PostalAddress address(JsonObject json) {
    return new PostalAddress(
        json.getString("address1", null),
        json.getString("address2", null),
        json.getString("city", null),
        json.getString("state", null),
        json.getString("zip", null),
        json.getString("country", null));
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static JsonObject read(String payload) {
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }
}
