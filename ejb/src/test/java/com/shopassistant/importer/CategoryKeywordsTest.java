package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryKeywordsTest {

  /** The 50 product names of the tau2 retail database. */
  static final List<String> TAU2_PRODUCTS =
      List.of(
          "Action Camera",
          "Air Purifier",
          "Backpack",
          "Bicycle",
          "Bluetooth Speaker",
          "Bookshelf",
          "Coffee Maker",
          "Cycling Helmet",
          "Desk Lamp",
          "Digital Camera",
          "Dumbbell Set",
          "E-Reader",
          "Electric Kettle",
          "Electric Toothbrush",
          "Espresso Machine",
          "Fleece Jacket",
          "Gaming Mouse",
          "Garden Hose",
          "Grill",
          "Headphones",
          "Hiking Boots",
          "Indoor Security Camera",
          "Jigsaw Puzzle",
          "LED Light Bulb",
          "Laptop",
          "Luggage Set",
          "Makeup Kit",
          "Mechanical Keyboard",
          "Notebook",
          "Office Chair",
          "Patio Umbrella",
          "Perfume",
          "Pet Bed",
          "Portable Charger",
          "Running Shoes",
          "Skateboard",
          "Smart Thermostat",
          "Smart Watch",
          "Smartphone",
          "Sneakers",
          "Sunglasses",
          "T-Shirt",
          "Tablet",
          "Tea Kettle",
          "Vacuum Cleaner",
          "Wall Clock",
          "Water Bottle",
          "Wireless Earbuds",
          "Wristwatch",
          "Yoga Mat");

  @Test
  void placesEveryTau2ProductInASpecificCategory() {
    assertThat(TAU2_PRODUCTS).hasSize(50).doesNotHaveDuplicates();
    assertThat(TAU2_PRODUCTS)
        .allSatisfy(
            name ->
                assertThat(CategoryKeywords.guess(name))
                    .as(name)
                    .isNotEqualTo(CategoryKeywords.GENERAL));
  }

  @ParameterizedTest
  @CsvSource({
    "T-Shirt, clothing-shoes",
    "Running Shoes, clothing-shoes",
    "Fleece Jacket, clothing-shoes",
    "Sneakers, clothing-shoes",
    "Hiking Boots, clothing-shoes",
    "Laptop, electronics",
    "Smartphone, electronics",
    "Tablet, electronics",
    "E-Reader, electronics",
    "Headphones, electronics",
    "Wireless Earbuds, electronics",
    "Smart Watch, electronics",
    "Coffee Maker, home-kitchen",
    "Electric Kettle, home-kitchen",
    "Espresso Machine, home-kitchen",
    "Tea Kettle, home-kitchen",
    "Yoga Mat, sports-outdoors",
    "Dumbbell Set, sports-outdoors",
    "Bicycle, sports-outdoors",
    "Cycling Helmet, sports-outdoors",
    "Skateboard, sports-outdoors",
    "Wristwatch, bags-accessories",
    "Patio Umbrella, garden-patio",
    "Indoor Security Camera, smart-home",
    "LED Light Bulbs, smart-home",
    "Electric Toothbrush, beauty-health",
    "Jigsaw Puzzle, toys-games",
    "Pet Bed, pet-supplies",
    "Notebook, home-office",
    "Quantum Flux Widget, general"
  })
  void prefersTheLongestKeyword(String name, String slug) {
    assertThat(CategoryKeywords.guess(name)).isEqualTo(slug);
  }

  @Test
  void matchesWholeWordsOnly() {
    // "pen" is a keyword, "Pendant" is not a pen; "cat" is a keyword, "Catapult" is no pet.
    assertThat(CategoryKeywords.guess("Pendant")).isEqualTo(CategoryKeywords.GENERAL);
    assertThat(CategoryKeywords.guess("Catapult")).isEqualTo(CategoryKeywords.GENERAL);
  }

  @Test
  void everyStandardCategoryHasAValidSlugAndName() {
    assertThat(CategoryKeywords.standardCategories())
        .allSatisfy(
            c -> {
              assertThat(c.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
              assertThat(c.name()).isNotBlank();
              assertThat(c.description()).isNotBlank();
            })
        .extracting(CategoryRecord::slug)
        .doesNotHaveDuplicates()
        .endsWith(CategoryKeywords.GENERAL);
  }
}
