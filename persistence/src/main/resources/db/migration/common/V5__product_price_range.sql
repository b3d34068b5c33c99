-- Catalog search (docs/api/catalog.md): each product carries the lowest and highest price of its
-- variants, so lists can show a price range and sort by price without aggregating every matching
-- product's variants first. Product keeps both up to date whenever a variant is added, removed or
-- repriced (prices change only through the entity); null while the product has no variant.
-- Stock is deliberately not copied here: sales change it concurrently on different variants, and a
-- copied flag would go stale under write skew. Searches read it from product_variant.
-- Portable SQL only, like V1: PostgreSQL 15 and H2 2.x in PostgreSQL mode. The PostgreSQL text
-- search indexes are in postgresql/V5_1.

alter table product add column min_price numeric(14, 2);
alter table product add column max_price numeric(14, 2);

update product set
    min_price = (select min(v.price) from product_variant v where v.product_id = product.id),
    max_price = (select max(v.price) from product_variant v where v.product_id = product.id);

alter table product add constraint ck_product_price_range check (
    (min_price is null and max_price is null) or (min_price >= 0 and min_price <= max_price));

-- Sorting by price and by age over the whole catalog (no search words) reads these in order and
-- stops after a page. The id breaks ties, so pages do not overlap.
create index ix_product_min_price on product (min_price, id);
create index ix_product_max_price on product (max_price desc nulls last, id desc);
create index ix_product_created on product (created_at desc, id desc);
