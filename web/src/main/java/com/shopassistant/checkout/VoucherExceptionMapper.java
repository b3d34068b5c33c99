package com.shopassistant.checkout;

import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A voucher's refusals as problem+json, one stable type per rule; the exception's message, written
 * for the customer (the code, the amount still to spend, the dates), is the detail. The cart's view
 * names the same types for a voucher that stopped applying.
 */
@Provider
public class VoucherExceptionMapper implements ExceptionMapper<VoucherException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(VoucherException exception) {
    ProblemAnswer answer = answerFor(exception.kind());
    return answer.toResponse(exception.getMessage(), uriInfo);
  }

  public static ProblemAnswer answerFor(VoucherException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND ->
          new ProblemAnswer("voucher-not-found", "Voucher not found", Response.Status.NOT_FOUND);
      case INACTIVE ->
          new ProblemAnswer("voucher-inactive", "Voucher not active", Response.Status.CONFLICT);
      case NOT_YET_VALID ->
          new ProblemAnswer(
              "voucher-not-yet-valid", "Voucher not valid yet", Response.Status.CONFLICT);
      case EXPIRED ->
          new ProblemAnswer("voucher-expired", "Voucher expired", Response.Status.CONFLICT);
      case USAGE_LIMIT_REACHED ->
          new ProblemAnswer(
              "voucher-usage-limit-reached", "Voucher used up", Response.Status.CONFLICT);
      case CUSTOMER_LIMIT_REACHED ->
          new ProblemAnswer(
              "voucher-customer-limit-reached",
              "Voucher already used by you",
              Response.Status.CONFLICT);
      case MIN_SPEND_NOT_MET ->
          new ProblemAnswer(
              "voucher-min-spend-not-met", "Minimum spend not reached", Response.Status.CONFLICT);
    };
  }
}
