-- Statements the schema must refuse, one per rule, against the fixture of ConstraintContract.
-- Each case: a line "-- <rule> | <constraint that must be named in the error>", then one
-- statement ending with ';'.

-- cart line quantity >= 1 | ck_cart_line_quantity
update cart_line set quantity = 0;

-- one line per variant per cart | uq_cart_line_variant
insert into cart_line (cart_id, variant_id, quantity, added_at)
values (1, 1, 2, timestamp with time zone '2026-01-01 00:00:00+00');

-- stock >= 0 | ck_product_variant_stock
update product_variant set stock_quantity = -1;

-- price >= 0 | ck_product_variant_price
update product_variant set price = -0.01;

-- variant code unique | uq_product_variant_code
insert into product_variant (product_id, code, price) values (1, '9612497925', 1);

-- gift card balance >= 0 | ck_payment_method_balance
update payment_method set balance = -0.01;

-- gift card has a balance | ck_payment_method_balance_gift_card
update payment_method set balance = null;

-- only gift cards have a balance | ck_payment_method_balance_gift_card
update payment_method set kind = 'PAYPAL';

-- tier is one of the four | ck_customer_tier
update customer set tier = 'GOLD';

-- role is known | ck_customer_role
update customer set role = 'ROOT';

-- email stored lower-case | ck_customer_email_lower
update customer set email = 'Noah@Example.com';

-- order status is known | ck_customer_order_status
update customer_order set status = 'SHIPPED';

-- discount <= subtotal | ck_customer_order_discount
update customer_order set discount = 60, total = -9.12;

-- total = subtotal - discount | ck_customer_order_total
update customer_order set total = 1;

-- order line quantity >= 1 | ck_order_line_quantity
update order_line set quantity = 0;

-- line numbers unique per order | uq_order_line_no
insert into order_line (order_id, line_no, product_code, item_code, product_name, unit_price, quantity)
values (1, 1, 'p', 'i', 'n', 1, 1);

-- payment amount > 0 | ck_payment_transaction_amount
insert into payment_transaction (order_id, kind, amount, payment_method_code, created_at)
values (1, 'PAYMENT', 0, 'gift_card_1', timestamp with time zone '2026-01-01 00:00:00+00');

-- transaction kind is known | ck_payment_transaction_kind
insert into payment_transaction (order_id, kind, amount, payment_method_code, created_at)
values (1, 'CHARGEBACK', 1, 'gift_card_1', timestamp with time zone '2026-01-01 00:00:00+00');

-- only exchanges carry a price difference | ck_order_change_price_difference
insert into order_change (order_id, kind, payment_method_code, price_difference, created_at)
values (1, 'RETURN', 'gift_card_1', 5, timestamp with time zone '2026-01-01 00:00:00+00');

-- voucher value > 0 | ck_voucher_discount_value
insert into voucher (code, discount_type, discount_value, valid_from)
values ('SAVE10', 'FIXED_AMOUNT', 0, timestamp with time zone '2026-01-01 00:00:00+00');

-- percentage at most 100 | ck_voucher_percentage
insert into voucher (code, discount_type, discount_value, valid_from)
values ('SAVE10', 'PERCENTAGE', 150, timestamp with time zone '2026-01-01 00:00:00+00');

-- voucher code upper case | ck_voucher_code_upper
insert into voucher (code, discount_type, discount_value, valid_from)
values ('save10', 'FIXED_AMOUNT', 10, timestamp with time zone '2026-01-01 00:00:00+00');

-- uses within the limit | ck_voucher_within_limit
insert into voucher (code, discount_type, discount_value, valid_from, times_used, usage_limit_total)
values ('SAVE10', 'FIXED_AMOUNT', 10, timestamp with time zone '2026-01-01 00:00:00+00', 3, 2);

-- validity ends after it starts | ck_voucher_validity
insert into voucher (code, discount_type, discount_value, valid_from, valid_until)
values ('SAVE10', 'FIXED_AMOUNT', 10, timestamp with time zone '2026-01-01 00:00:00+00',
        timestamp with time zone '2026-01-01 00:00:00+00');

-- tool messages name the tool | ck_chat_message_tool_name
insert into chat_message (conversation_id, seq, role, content, created_at)
values ('c1', 1, 'TOOL', '{}', timestamp with time zone '2026-01-01 00:00:00+00');

-- message numbers start at 1 | ck_chat_message_seq
insert into chat_message (conversation_id, seq, role, content, created_at)
values ('c1', 0, 'USER', 'hi', timestamp with time zone '2026-01-01 00:00:00+00');

-- cached tokens are part of the input | ck_token_usage_tokens
insert into token_usage (occurred_at, customer_id, model, tier, input_tokens, output_tokens,
                         cached_tokens, total_tokens, cost_usd)
values (timestamp with time zone '2026-01-01 00:00:00+00', 1, 'gemini', 'FREE', 10, 5, 11, 15, 0);

-- cost is not negative | ck_token_usage_cost
insert into token_usage (occurred_at, customer_id, model, tier, input_tokens, output_tokens,
                         cached_tokens, total_tokens, cost_usd)
values (timestamp with time zone '2026-01-01 00:00:00+00', 1, 'gemini', 'FREE', 10, 5, 0, 15, -1);

-- orders keep their customer | fk_customer_order_customer
delete from customer where id = 1;
