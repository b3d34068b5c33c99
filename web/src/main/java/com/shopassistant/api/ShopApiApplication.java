package com.shopassistant.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every resource lives under {@code /api}; versions are the first path segment ({@code v1}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shop Assistant API",
            version = "v1",
            description = "Store, chat and usage API of the Shop Assistant."))
public class ShopApiApplication extends Application {}
