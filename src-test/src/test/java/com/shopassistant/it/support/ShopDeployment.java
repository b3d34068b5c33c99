package com.shopassistant.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every container test uses: the EAR the build produced, with the test's own
 * packages added to its web module so Arquillian's servlet protocol can run them in the server.
 *
 * <p>The web module is served at {@value #CONTEXT_ROOT} instead of {@code /}: Arquillian's servlet
 * protocol addresses a web module by its name, so client tests use the URL Arquillian injects.
 */
public final class ShopDeployment {

  public static final String CONTEXT_ROOT = "/shop-web";
  private static final String WEB_MODULE = "shop-web.war";
  private static final ArchivePath APPLICATION_XML =
      ArchivePaths.create("META-INF/application.xml");

  private ShopDeployment() {}

  public static EnterpriseArchive withTestPackages(Package... testPackages) {
    File earFile = new File(System.getProperty("it.ear", "target/deploy/shop-assistant.ear"));
    if (!earFile.isFile()) {
      throw new IllegalStateException("EAR not found at " + earFile + "; run the build first");
    }
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "shop-it.ear")
            .importFrom(earFile)
            .as(EnterpriseArchive.class);
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.addPackages(false, ShopDeployment.class.getPackage());
    // In-container tests assert with AssertJ; JUnit comes with Arquillian's own archive.
    web.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    for (Package testPackage : testPackages) {
      web.addPackages(false, testPackage);
    }
    ear.delete(WEB_MODULE);
    ear.addAsModule(web);
    ear.add(new StringAsset(withContextRoot(read(ear))), APPLICATION_XML);
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type, e);
    }
  }

  private static String read(EnterpriseArchive ear) {
    try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read application.xml of the EAR", e);
    }
  }

  private static String withContextRoot(String applicationXml) {
    String moved =
        applicationXml.replaceFirst(
            "<context-root>[^<]*</context-root>",
            "<context-root>" + CONTEXT_ROOT + "</context-root>");
    if (moved.equals(applicationXml)) {
      throw new IllegalStateException("application.xml has no context-root to move");
    }
    return moved;
  }
}
