-- 100,000 products with 2 or 3 variants each (about 250,000), options, 12 categories: written
-- straight into the schema Flyway made (run after the server migrated the database). Deterministic
-- (setseed), so two runs load the same catalog. Needs vocabulary.sql in the same session.
\set ON_ERROR_STOP on
\set products 100000
set client_min_messages = warning;
select setseed(0.42);

create temporary table bench_arrays as
select (select array_agg(word order by word) from bench_words where kind = 'brand') as brand,
       (select array_agg(word order by word) from bench_words where kind = 'adjective') as adj,
       (select array_agg(word order by word) from bench_words where kind = 'color') as color,
       (select array_agg(word order by word) from bench_words where kind = 'noun') as noun,
       (select array_agg(word order by word) from bench_words where kind = 'filler') as filler,
       array['Electronics', 'Clothing & Shoes', 'Bags & Accessories', 'Home & Kitchen',
             'Smart Home & Lighting', 'Home Office & Furniture', 'Sports & Outdoors',
             'Garden & Patio', 'Beauty & Personal Care', 'Toys & Games', 'Pet Supplies',
             'General'] as category_name,
       array['electronics', 'clothing-shoes', 'bags-accessories', 'home-kitchen', 'smart-home',
             'home-office', 'sports-outdoors', 'garden-patio', 'beauty-health', 'toys-games',
             'pet-supplies', 'general'] as category_slug;

insert into category (slug, name, description)
select 'bench-' || a.category_slug[i], a.category_name[i], 'Benchmark category ' || i
from bench_arrays a, generate_series(1, 12) i;

-- One row per product: which words its name is made of, and its category (by its noun, as a
-- real store groups lamps with lamps).
create temporary table bench_product as
select g,
       1 + floor(random() * cardinality(a.brand))::int as b,
       1 + floor(random() * cardinality(a.adj))::int as j,
       1 + floor(random() * cardinality(a.color))::int as c,
       1 + floor(random() * cardinality(a.noun))::int as n,
       exp(ln(5) + random() * ln(300)) as base_price,
       random() < 0.02 as withdrawn,
       now() - random() * interval '730 days' as created
from bench_arrays a, generate_series(1, :products) g;

insert into product (code, name, description, category_id, active, created_at, updated_at)
select 'BENCH-' || lpad(p.g::text, 6, '0'),
       initcap(a.brand[p.b]) || ' ' || initcap(a.adj[p.j]) || ' ' || initcap(a.color[p.c]) || ' '
         || initcap(replace(a.noun[p.n], '-', ' ')),
       -- A description names the product's own kind and colour, then 8 to 28 common words.
       -- w.i in the argument keeps the aggregate inside the subquery (one description per row).
       'The ' || a.noun[p.n] || ' in ' || a.color[p.c] || ': '
         || (select string_agg(a.filler[1 + floor(random() * cardinality(a.filler))::int], ' '
                               order by w.i)
               from generate_series(1, 8 + p.g % 21) w(i)) || '.',
       (select id from category where slug = 'bench-' || a.category_slug[1 + p.n % 12]),
       not p.withdrawn, p.created, p.created
from bench_product p, bench_arrays a
order by p.g;

-- 2 or 3 variants per product, priced around the product's base price (5 to 1,500 overall,
-- log-uniform); one in seven is sold out.
insert into product_variant (product_id, code, price, stock_quantity, version)
select pr.id, pr.code || '-' || k,
       round((p.base_price * (0.9 + 0.1 * k))::numeric, 2),
       case when random() < 0.14 then 0 else 1 + floor(random() * 100)::int end, 0
from product pr
join bench_product p on pr.code = 'BENCH-' || lpad(p.g::text, 6, '0')
cross join generate_series(1, 3) k
where k <= 2 + p.g % 2;

insert into variant_option (variant_id, option_name, option_value)
select v.id, 'color', a.color[1 + floor(random() * cardinality(a.color))::int]
from product_variant v, bench_arrays a
where v.code like 'BENCH-%';
insert into variant_option (variant_id, option_name, option_value)
select v.id, 'size', (array['S', 'M', 'L', 'XL'])[1 + v.id % 4]
from product_variant v
where v.code like 'BENCH-%' and v.id % 2 = 0;

-- What Product keeps for itself when variants are added through JPA.
update product p set min_price = s.lo, max_price = s.hi
from (select product_id, min(price) lo, max(price) hi from product_variant group by product_id) s
where s.product_id = p.id and p.code like 'BENCH-%';

analyze;
