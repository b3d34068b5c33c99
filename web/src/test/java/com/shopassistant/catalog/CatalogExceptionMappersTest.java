package com.shopassistant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the catalog's refusals say (their problem types and statuses are asserted in CatalogIT). */
class CatalogExceptionMappersTest {

  @Test
  void anUnknownCategoryNamesTheParameterAndWhereToFindSlugs() {
    assertThat(UnknownCategoryExceptionMapper.fieldError(new UnknownCategoryException("garden")))
        .isEqualTo(
            Map.of(
                "field",
                "category",
                "message",
                "no category has the slug 'garden' (see /api/v1/categories)"));
  }

  @Test
  void aMissingProductIsNamedInTheDetail() {
    assertThat(new ProductNotFoundException("P404").getMessage())
        .isEqualTo("No product has the id or code 'P404'.");
  }

  @Test
  void aLongPathIsNotRepeatedBack() {
    assertThat(new ProductNotFoundException("x".repeat(65)).getMessage())
        .isEqualTo("No product has this id or code.");
  }
}
