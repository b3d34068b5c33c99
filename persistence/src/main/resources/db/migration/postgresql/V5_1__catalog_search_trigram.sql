-- Word search over the catalog on PostgreSQL (CatalogService): every word must occur in a
-- product's name, description or category name, as a case-insensitive substring. The query is the
-- portable `lower(name) like '%word%'`, which H2 runs as a scan; here pg_trgm's GIN indexes answer
-- it from trigrams, so a search reads only the products that can match.
--
-- Why trigrams rather than a tsvector full-text index: substring semantics ("phone" finds
-- "headphones", "t-shirt" finds "T-Shirt") with the same SQL on both databases, no language
-- stemming to explain, and no generated column to keep in step. Words of one or two letters have
-- no trigram, so a search made only of such words reads the table (fast enough at 100,000 rows;
-- see docs/benchmarks/catalog-search.md).
--
-- pg_trgm ships with PostgreSQL and is trusted since PostgreSQL 13: the database owner may create
-- it without superuser rights, and Cloud SQL lists it among its supported extensions.
create extension if not exists pg_trgm;

create index ix_product_name_trgm on product using gin (lower(name) gin_trgm_ops);
create index ix_product_description_trgm on product using gin (lower(description) gin_trgm_ops);

-- "any purchasable variant priced in the range" and "in stock": one index probe per product.
create index ix_product_variant_purchasable on product_variant (product_id, price)
    where stock_quantity > 0;

-- Products on sale per category (GET /api/v1/categories) are counted from this index alone, by an
-- index-only scan, instead of reading the table; it replaces the plain index of the foreign key,
-- which it still serves. (H2 keeps that one: there it belongs to the constraint.)
drop index ix_product_category;
create index ix_product_category_active on product (category_id, active);
