-- Consistency of a Shop Assistant database after a reliability run (docs/reliability.md): every
-- order whole, stock never negative, payments equal to totals, vouchers and the usage ledger
-- consistent, no two orders from one idempotency key. Each check counts its violations; psql
-- exits non-zero (3) when any count is above zero:
--   psql -h HOST -p PORT -U postgres -d DB -v ON_ERROR_STOP=1 -f consistency-check.sql
-- Optional: -v initial_stock=N also proves stock conservation for the benchmark catalog's variants
-- (codes BENCH-%, imported with N units each): stock left + units in orders not cancelled = N.
\set QUIET on
\pset footer off
\if :{?initial_stock}
\else
\set initial_stock -1
\endif
create temporary table consistency (check_name text primary key, violations bigint not null);

insert into consistency
select 'orders without lines', count(*)
from customer_order o
where not exists (select 1 from order_line l where l.order_id = o.id);

insert into consistency
select 'order lines not numbered 1..n', count(*)
from (select order_id from order_line group by order_id
      having min(line_no) <> 1 or max(line_no) <> count(*) or count(distinct line_no) <> count(*)) bad;

-- An order changed after purchase (return, exchange) keeps its original totals and records the
-- change apart: only unchanged orders must add up line by line.
insert into consistency
select 'order subtotal <> sum of its lines', count(*)
from customer_order o
where not exists (select 1 from order_change c where c.order_id = o.id)
  and o.subtotal <> (select coalesce(sum(l.unit_price * l.quantity), 0)
                     from order_line l where l.order_id = o.id);

insert into consistency
select 'order total <> subtotal - discount, or negative', count(*)
from customer_order o
where o.total <> o.subtotal - o.discount or o.total < 0 or o.discount > o.subtotal;

insert into consistency
select 'order paid <> its total (payments - refunds)', count(*)
from customer_order o
where o.status <> 'CANCELLED'
  and not exists (select 1 from order_change c where c.order_id = o.id)
  and o.total <> (select coalesce(sum(case when p.kind = 'PAYMENT' then p.amount else -p.amount end), 0)
                  from payment_transaction p where p.order_id = o.id);

insert into consistency
select 'order refunded more than paid', count(*)
from customer_order o
where (select coalesce(sum(case when p.kind = 'REFUND' then p.amount else 0 end), 0)
       from payment_transaction p where p.order_id = o.id)
    > (select coalesce(sum(case when p.kind = 'PAYMENT' then p.amount else 0 end), 0)
       from payment_transaction p where p.order_id = o.id);

insert into consistency
select 'payments not positive', count(*) from payment_transaction where amount <= 0;

insert into consistency
select 'two orders from one idempotency key', count(*)
from (select customer_id, idempotency_key from customer_order
      where idempotency_key is not null
      group by customer_id, idempotency_key having count(*) > 1) dup;

insert into consistency
select 'negative stock', count(*) from product_variant where stock_quantity < 0;

insert into consistency
select 'negative gift card balance', count(*) from payment_method where balance < 0;

insert into consistency
select 'stock left + units sold <> initial stock (BENCH-% variants)', count(*)
from product_variant v
where :initial_stock >= 0 and v.code like 'BENCH-%'
  and v.stock_quantity + (select coalesce(sum(l.quantity), 0)
                          from order_line l join customer_order o on o.id = l.order_id
                          where l.variant_id = v.id and o.status <> 'CANCELLED')
      <> :initial_stock;

insert into consistency
select 'voucher times_used <> its redemptions, or over its limit', count(*)
from voucher v
where v.times_used <> (select count(*) from voucher_redemption r where r.voucher_id = v.id)
   or (v.usage_limit_total is not null and v.times_used > v.usage_limit_total);

insert into consistency
select 'order with a voucher code but no redemption (or the reverse)', count(*)
from customer_order o
where (o.voucher_code is not null)
   <> exists (select 1 from voucher_redemption r where r.order_id = o.id);

insert into consistency
select 'ledger rows with impossible counts or cost', count(*)
from token_usage
where input_tokens < 0 or output_tokens < 0 or cached_tokens < 0 or cached_tokens > input_tokens
   or total_tokens < input_tokens + output_tokens or cost_usd < 0;

insert into consistency
select 'ledger rows of a conversation that does not exist', count(*)
from token_usage u
where u.conversation_id is not null
  and not exists (select 1 from conversation c where c.id = u.conversation_id);

insert into consistency
select 'chat messages not numbered uniquely', count(*)
from (select conversation_id, seq from chat_message group by conversation_id, seq
      having count(*) > 1) dup;

insert into consistency
select 'conversations whose last message number is behind their messages', count(*)
from conversation c
where c.last_seq < (select coalesce(max(m.seq), 0) from chat_message m where m.conversation_id = c.id);

\pset title 'Consistency check'
select check_name as "check", violations from consistency order by check_name;
select (select count(*) from customer_order) as orders,
       (select count(*) from order_line) as order_lines,
       (select count(*) from payment_transaction) as payments,
       (select count(*) from token_usage) as ledger_rows,
       (select count(*) from conversation) as conversations;

do $$
declare
  broken bigint;
begin
  select sum(violations) into broken from consistency;
  if broken > 0 then
    raise exception 'consistency check failed: % violation(s)', broken;
  end if;
end
$$;
\echo consistency check passed
