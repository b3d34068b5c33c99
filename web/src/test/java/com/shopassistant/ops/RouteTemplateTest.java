package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  @Path("/v1/products")
  static class Products {
    @GET
    public void list() {}

    @GET
    @Path("{idOrCode}")
    public void one() {}

    @GET
    @Path("/{id: [0-9]+}/variants/")
    public void variants() {}
  }

  @Path("v1/chat/")
  static class Chat {
    @POST
    public void send() {}

    @POST
    @Path("/stream")
    public void stream() {}
  }

  @Test
  void theTemplateIsTheApiRootTheClassPathAndTheMethodPath() throws Exception {
    assertThat(RouteTemplate.of(Products.class, Products.class.getMethod("list")))
        .isEqualTo("/api/v1/products");
    assertThat(RouteTemplate.of(Products.class, Products.class.getMethod("one")))
        .isEqualTo("/api/v1/products/{idOrCode}");
  }

  @Test
  void slashesAreNormalisedWhicheverWayTheAnnotationsWriteThem() throws Exception {
    assertThat(RouteTemplate.of(Chat.class, Chat.class.getMethod("send")))
        .isEqualTo("/api/v1/chat");
    assertThat(RouteTemplate.of(Chat.class, Chat.class.getMethod("stream")))
        .isEqualTo("/api/v1/chat/stream");
  }

  @Test
  void aParameterKeepsItsNameWithoutItsRegularExpression() throws Exception {
    assertThat(RouteTemplate.of(Products.class, Products.class.getMethod("variants")))
        .isEqualTo("/api/v1/products/{id}/variants");
  }

  @Test
  void noMatchedMethodIsOneValueWhateverThePath() {
    assertThat(RouteTemplate.of(null, null)).isEqualTo(RouteTemplate.UNMATCHED);
    assertThat(RouteTemplate.of(Products.class, null)).isEqualTo(RouteTemplate.UNMATCHED);
  }

  @Test
  void joinKeepsTheRootAlone() {
    assertThat(RouteTemplate.join("/", "")).isEqualTo("/");
    assertThat(RouteTemplate.join("/api", "", "")).isEqualTo("/api");
  }
}
