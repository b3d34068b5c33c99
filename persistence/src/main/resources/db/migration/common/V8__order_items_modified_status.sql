-- Order care: tau2's "pending (item modified)" becomes a status of its own. A pending order whose
-- items were switched once is still waiting to be processed, but may no longer be cancelled or
-- modified again (the retail policy). Portable SQL: PostgreSQL 15 and H2 2.x in PostgreSQL mode.
alter table customer_order drop constraint ck_customer_order_status;
alter table customer_order add constraint ck_customer_order_status check (status in (
    'PENDING', 'PENDING_ITEMS_MODIFIED', 'PROCESSED', 'DELIVERED', 'CANCELLED', 'RETURN_REQUESTED',
    'EXCHANGE_REQUESTED'));
