package com.shopassistant.it.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte on a socket: for request targets the JDK's client
 * refuses to build (a raw {@code "} in the path), which sqlmap and other scanners send anyway.
 */
final class RawHttp {

  /** The status code, the headers block and the body of an answer, as text. */
  record Answer(int status, String headers, String body) {

    String contentType() {
      for (String line : headers.split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          return line.substring("content-type:".length()).strip();
        }
      }
      return "";
    }
  }

  private RawHttp() {}

  /** {@code target} is written as it is, e.g. {@code /shop-web/api/v1/cart/lines/"1'"}. */
  static Answer send(URL server, String method, String target, String bearer, String json)
      throws IOException {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    String request =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: "
            + server.getAuthority()
            + "\r\nAuthorization: Bearer "
            + bearer
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toString(StandardCharsets.UTF_8);
  }

  private static Answer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String body = end < 0 ? "" : raw.substring(end + 4);
    int status = Integer.parseInt(head.split(" ", 3)[1]);
    return new Answer(status, head, body);
  }
}
