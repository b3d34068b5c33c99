package com.shopassistant.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.it.support.ShopDeployment;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Entities through the real persistence unit, Liberty's JTA and PostgreSQL, in the server. */
@ExtendWith(ArquillianExtension.class)
class EntityRoundTripIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(EntityRoundTripIT.class.getPackage());
  }

  @Inject CatalogProbe probe;

  @Test
  void productWithVariantsAndOptionsSurvivesARoundTripThroughPostgres() {
    String code = "IT-" + UUID.randomUUID();
    long id = probe.createProduct(code, "audio-" + code.substring(3, 11).toLowerCase());

    ProductSnapshot read = probe.readProduct(code).orElseThrow();

    assertThat(probe.databaseProduct()).isEqualTo("PostgreSQL");
    assertThat(read.id()).isEqualTo(id);
    assertThat(read.name()).isEqualTo("Wireless Headphones");
    assertThat(read.prices())
        .containsEntry(code + "-BLK", new BigDecimal("349.90"))
        .containsEntry(code + "-WHT", new BigDecimal("359.90"));
    assertThat(read.stock()).containsEntry(code + "-BLK", 12).containsEntry(code + "-WHT", 0);
    assertThat(read.colors()).containsEntry(code + "-BLK", "black");
  }

  @Test
  void stockChangeIsCommittedAndNeverGoesNegative() {
    String code = "IT-" + UUID.randomUUID();
    probe.createProduct(code, "audio-" + code.substring(3, 11).toLowerCase());

    probe.decrementStock(code + "-BLK", 5);
    assertThat(probe.readProduct(code).orElseThrow().stock()).containsEntry(code + "-BLK", 7);

    assertThatThrownBy(() -> probe.decrementStock(code + "-BLK", 8))
        .isInstanceOf(EJBException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("only 7");
    // The database refuses too, by the named CHECK constraint, when the entity is bypassed.
    assertThatThrownBy(() -> probe.forceNegativeStock(code + "-BLK"))
        .isInstanceOf(EJBException.class)
        .rootCause()
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_product_variant_stock");
    assertThat(probe.readProduct(code).orElseThrow().stock()).containsEntry(code + "-BLK", 7);
  }

  @Test
  void unknownProductIsEmptyNotNull() {
    assertThat(probe.readProduct("no-such-code")).isEmpty();
  }
}
