package com.shopassistant.customer;

import com.shopassistant.api.Problem;
import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The account rules' refusals as problem+json, one stable type each. Their messages are written for
 * the customer (a label, a gift card code and its balance: the caller's own data), so they are the
 * {@code detail}.
 */
@Provider
public class AccountRuleExceptionMapper implements ExceptionMapper<AccountRuleException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(AccountRuleException exception) {
    String path = Problem.pathOf(uriInfo);
    if (exception instanceof UnknownCustomerException) {
      // The token is valid but its account is gone: like no token at all, sign in again.
      Response answer =
          Problem.of(
                  "unauthorized",
                  "Unauthorized",
                  Response.Status.UNAUTHORIZED,
                  "The account of this token no longer exists; sign in again.")
              .at(path)
              .toResponse();
      return Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    ProblemAnswer answer = answerFor(exception);
    return Problem.of(answer.slug(), answer.title(), answer.status(), exception.getMessage())
        .at(path)
        .toResponse();
  }

  static ProblemAnswer answerFor(AccountRuleException exception) {
    if (exception instanceof AddressLabelTakenException) {
      return new ProblemAnswer(
          "address-label-taken", "Address label taken", Response.Status.CONFLICT);
    }
    if (exception instanceof GiftCardNotAddableException) {
      return new ProblemAnswer(
          "gift-card-not-addable", "Gift cards cannot be added", Response.Status.BAD_REQUEST);
    }
    if (exception instanceof GiftCardHasBalanceException) {
      return new ProblemAnswer(
          "gift-card-has-balance", "Gift card still has a balance", Response.Status.CONFLICT);
    }
    if (exception instanceof NoDefaultAddressException) {
      return new ProblemAnswer(
          "no-default-address", "No default address", Response.Status.CONFLICT);
    }
    if (exception instanceof CustomerNotFoundException) {
      return new ProblemAnswer(
          "customer-not-found", "Customer not found", Response.Status.NOT_FOUND);
    }
    if (exception instanceof TierChangeRefusedException) {
      return new ProblemAnswer(
          "tier-change-refused", "Tier change refused", Response.Status.CONFLICT);
    }
    if (exception instanceof DefaultAddressChangedException) {
      return new ProblemAnswer(
          "default-address-changed", "Default address changed", Response.Status.CONFLICT);
    }
    // A rule added in the ejb module without an answer here is still refused, not a 500.
    return new ProblemAnswer("account-rule-violated", "Change refused", Response.Status.CONFLICT);
  }
}
