-- The words the benchmark searches for: every word of the generated product names (brands,
-- adjectives, colours/materials, kinds), with the LIKE patterns the application binds for them.
-- A word that also names a category makes the application add "or p.category_id in (...)", so
-- those words get a pgbench script of their own (search-category-word.sql). Needs vocabulary.sql.
\set ON_ERROR_STOP on
drop table if exists bench_plain_words, bench_category_words;
create table bench_plain_words as
select row_number() over (order by b.word)::int as id, b.word,
       '%' || b.word || '%' as pat, b.word || '%' as pre
from (select distinct word from bench_words where kind <> 'filler') b
where not exists (select 1 from category c where lower(c.name) like '%' || b.word || '%');
create table bench_category_words as
select row_number() over (order by b.word)::int as id, b.word,
       '%' || b.word || '%' as pat, b.word || '%' as pre, min(c.id) as category_id,
       count(*) as categories
from (select distinct word from bench_words where kind <> 'filler') b
join category c on lower(c.name) like '%' || b.word || '%'
group by b.word;
do $$ begin
  if exists (select 1 from bench_category_words where categories > 1) then
    raise exception 'a search word names more than one category: extend search-category-word.sql';
  end if;
end $$;
