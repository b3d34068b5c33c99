package com.shopassistant.catalog;

import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;

/** A browsable group of products, addressed in URLs by its slug. */
@Entity
@Table(name = "category")
@NamedQuery(name = Category.FIND_BY_SLUG, query = "select c from Category c where c.slug = :slug")
@NamedQuery(name = Category.FIND_ALL, query = "select c from Category c order by c.name, c.slug")
public class Category {

  public static final String FIND_BY_SLUG = "Category.findBySlug";
  public static final String FIND_ALL = "Category.findAll";

  // Slugs travel in URLs and tool arguments, so they stay plain ASCII.
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slug", nullable = false, unique = true, length = 100)
  private String slug;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "description")
  private String description;

  protected Category() {}

  /** A category; the slug is lower-cased and must be words of letters and digits joined by '-'. */
  public Category(String slug, String name, String description) {
    this.slug = validSlug(slug);
    rename(name);
    describe(description);
  }

  private static String validSlug(String slug) {
    String value = Require.text(slug, "category slug", 100).toLowerCase(Locale.ROOT);
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "category slug must be lower-case words joined by '-', was '" + slug + "'");
    }
    return value;
  }

  public void rename(String newName) {
    this.name = Require.text(newName, "category name", 200);
  }

  public void describe(String newDescription) {
    this.description = Require.optionalText(newDescription, "category description", 10_000);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return "Category[" + slug + "]";
  }
}
