package com.shopassistant.catalog;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product (tau2 {@code product_id}) and the variants it is sold as. The product owns its
 * variants: they are created, found and removed through it so item codes stay unique per product.
 *
 * <p>It also keeps the lowest and highest price of its variants ({@link #getMinPrice()}, {@link
 * #getMaxPrice()}), so that catalog lists show a price range and sort by price without reading
 * every variant. They are refreshed whenever a variant is added, removed or repriced; prices change
 * only through these entities (the importer and administrators), never with plain SQL.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.FIND_BY_CODE, query = "select p from Product p where p.code = :code")
@NamedQuery(
    name = Product.FIND_ACTIVE,
    query = "select p from Product p where p.active = true order by p.name, p.code")
@NamedQuery(
    name = Product.FIND_BY_CATEGORY,
    query =
        "select p from Product p where p.category.slug = :slug and p.active = true"
            + " order by p.name, p.code")
@NamedQuery(
    name = Product.SEARCH_BY_NAME,
    query =
        "select p from Product p where p.active = true and lower(p.name) like :pattern"
            + " order by p.name, p.code")
@NamedQuery(name = Product.COUNT, query = "select count(p) from Product p")
// A product's page: the product with its category, then all its variants in one statement and
// all their options in another, however many variants it has.
@NamedQuery(
    name = Product.FIND_DETAIL_BY_ID_OR_CODE,
    query = "select p from Product p left join fetch p.category where p.id = :id or p.code = :code",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "p.variants"),
      @QueryHint(name = "eclipselink.batch", value = "p.variants.options")
    })
public class Product {

  public static final String FIND_BY_CODE = "Product.findByCode";
  public static final String FIND_ACTIVE = "Product.findActive";
  public static final String FIND_BY_CATEGORY = "Product.findByCategory";

  /** Parameter {@code pattern}: a lower-case LIKE pattern such as {@code %chair%}. */
  public static final String SEARCH_BY_NAME = "Product.searchByName";

  public static final String COUNT = "Product.count";

  /**
   * Parameters {@code id} and {@code code}: the product with this id and the one with this code (at
   * most two), their variants and options batch-read when first touched.
   */
  public static final String FIND_DETAIL_BY_ID_OR_CODE = "Product.findDetailByIdOrCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 64)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "description")
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "min_price", precision = 14, scale = 2)
  private BigDecimal minPrice;

  @Column(name = "max_price", precision = 14, scale = 2)
  private BigDecimal maxPrice;

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("code")
  private List<ProductVariant> variants = new ArrayList<>();

  protected Product() {}

  /** An active product without variants; {@code category} may be null (tau2 has none). */
  public Product(String code, String name, String description, Category category) {
    this.code = Require.text(code, "product code", 64);
    this.name = Require.text(name, "product name", 200);
    this.description = Require.optionalText(description, "product description", 10_000);
    this.category = category;
    this.active = true;
    this.createdAt = DatabaseTime.now();
    this.updatedAt = createdAt;
  }

  /** Adds a variant; its item code must not already be used by this product. */
  public ProductVariant addVariant(
      String itemCode, BigDecimal price, int stockQuantity, Map<String, String> options) {
    String wanted = Require.text(itemCode, "item code", 64);
    if (variant(wanted).isPresent()) {
      throw new IllegalArgumentException(
          "product " + code + " already has a variant with item code " + wanted);
    }
    ProductVariant variant = new ProductVariant(this, wanted, price, stockQuantity, options);
    variants.add(variant);
    refreshPriceRange();
    touch();
    return variant;
  }

  /** Removes a variant; orders keep their snapshot of it. */
  public void removeVariant(String itemCode) {
    ProductVariant variant =
        variant(itemCode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "product " + code + " has no variant with item code " + itemCode));
    variants.remove(variant);
    refreshPriceRange();
    touch();
  }

  public Optional<ProductVariant> variant(String itemCode) {
    return variants.stream().filter(v -> v.getCode().equals(itemCode)).findFirst();
  }

  /** Variants that can be sold now, in item-code order. */
  public List<ProductVariant> availableVariants() {
    return variants.stream().filter(ProductVariant::isAvailable).toList();
  }

  public void rename(String newName) {
    this.name = Require.text(newName, "product name", 200);
    touch();
  }

  public void describe(String newDescription) {
    this.description = Require.optionalText(newDescription, "product description", 10_000);
    touch();
  }

  public void moveTo(Category newCategory) {
    this.category = newCategory;
    touch();
  }

  /** Makes the product's in-stock variants available again. */
  public void activate() {
    this.active = true;
    touch();
  }

  /** Withdraws the product from sale without deleting it; order history still points at it. */
  public void deactivate() {
    this.active = false;
    touch();
  }

  private void touch() {
    this.updatedAt = DatabaseTime.now();
  }

  /** Called by a variant whose price changed, and after variants come or go. */
  void refreshPriceRange() {
    this.minPrice =
        variants.stream().map(ProductVariant::getPrice).min(BigDecimal::compareTo).orElse(null);
    this.maxPrice =
        variants.stream().map(ProductVariant::getPrice).max(BigDecimal::compareTo).orElse(null);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Category getCategory() {
    return category;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** The lowest price of the product's variants, in stock or not; null without variants. */
  public BigDecimal getMinPrice() {
    return minPrice;
  }

  /** The highest price of the product's variants, in stock or not; null without variants. */
  public BigDecimal getMaxPrice() {
    return maxPrice;
  }

  public List<ProductVariant> getVariants() {
    return Collections.unmodifiableList(variants);
  }

  @Override
  public String toString() {
    return "Product[" + code + " " + name + "]";
  }
}
