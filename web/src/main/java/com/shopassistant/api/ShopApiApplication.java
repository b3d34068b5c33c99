package com.shopassistant.api;

import com.shopassistant.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Every resource lives under {@code /api}; versions are the first path segment ({@code v1}).
 * Callers authenticate with the access tokens of {@code /api/v1/auth}, verified by Liberty's mpJwt.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shop Assistant API",
            version = "v1",
            description = "Store, chat and usage API of the Shop Assistant."))
public class ShopApiApplication extends Application {}
