package com.shopassistant.api;

import com.shopassistant.ops.ContainerRefusals;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page (web.xml) for 400, 401 and 403 that the container sends itself, e.g. when mpJwt
 * rejects a token, a role constraint on {@code /api/v1/admin/*} fails, or Servlet 6 refuses a path
 * with an encoded {@code #}: the same problem+json as the API's own refusals instead of an empty
 * body. Headers set before (such as {@code WWW-Authenticate}) are kept. Counted in {@code
 * http_container_refusals_total{status}}: the API's own metrics and log never see these requests.
 */
@WebServlet(name = "ContainerErrorServlet", urlPatterns = "/problem-error")
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private transient Jsonb jsonb;

  @Inject ContainerRefusals refusals;

  @Override
  public void init() {
    jsonb = JsonbBuilder.create();
  }

  @Override
  public void destroy() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Closing releases caches only; nothing to do if it fails at shutdown.
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
    Problem problem = problemFor(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path) {
      problem = problem.at(path);
    }
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(jsonb.toJson(problem));
    refusals.refused(problem.status());
  }

  static Problem problemFor(int status) {
    return switch (status) {
      case 401 ->
          Problem.of(
              "unauthorized",
              "Unauthorized",
              Response.Status.UNAUTHORIZED,
              "A valid access token is required: send Authorization: Bearer <token> from"
                  + " /api/v1/auth.");
      case 400 ->
          Problem.of(
              "bad-request",
              "Bad Request",
              Response.Status.BAD_REQUEST,
              "The request was refused before the API read it, for instance for an encoded"
                  + " '#', '/', '.' or '\\' (%23, %2F, %2E, %5C) in its path.");
      case 403 ->
          Problem.of(
              "forbidden",
              "Forbidden",
              Response.Status.FORBIDDEN,
              "Your account is not allowed to do this.");
      default ->
          Problem.of(
              "not-found", "Not Found", Response.Status.NOT_FOUND, "No resource at this path.");
    };
  }
}
