-- Tokens set aside for model calls in flight, so that concurrent calls of one customer (on any
-- instance) cannot all pass the same budget check. A reservation is deleted when its call is
-- metered (in the ledger row's transaction) or fails; one left behind by a crashed instance stops
-- counting at expires_at and is deleted later.
-- Portable SQL only, like V1: PostgreSQL 15 and H2 2.x in PostgreSQL mode.
create table token_reservation (
    id          varchar(36)              not null primary key,
    customer_id bigint                   not null,
    tokens      integer                  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    constraint fk_token_reservation_customer foreign key (customer_id)
        references customer (id) on delete cascade,
    constraint ck_token_reservation_tokens check (tokens > 0),
    constraint ck_token_reservation_expiry check (expires_at > created_at)
);
create index ix_token_reservation_customer on token_reservation (customer_id, expires_at);
create index ix_token_reservation_expiry on token_reservation (expires_at);
