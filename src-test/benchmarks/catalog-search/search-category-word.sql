-- As search-word.sql, for a word that also names one category ("smart": Smart Home & ...).
\set size 20
\set first 0
\set i random(1, :category_words)
select pat, pre, category_id from bench_category_words where id = :i \gset
select id, slug, name from category;
select p.id, p.code, p.name, substring(p.description from 1 for 161), c.slug, c.name, p.min_price, p.max_price, (select count(*) from product_variant v where v.product_id = p.id), (select count(*) from product_variant v where v.product_id = p.id and v.stock_quantity > 0), m.total from (select f.id, f.name, f.min_price, f.max_price, f.created_at, f.relevance, count(*) over () as total from (select p.id, p.name, p.min_price, p.max_price, p.created_at, (case when lower(p.name) like :pat escape '\' then 0 else 2 end + case when lower(p.name) like :pre escape '\' then 0 else 1 end) as relevance from product p where p.active = true and (lower(p.name) like :pat escape '\' or lower(p.description) like :pat escape '\' or p.category_id in (:category_id))) f order by f.relevance, f.name, f.id limit :size offset :first) m join product p on p.id = m.id left join category c on c.id = p.category_id order by m.relevance, m.name, m.id;
