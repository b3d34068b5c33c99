-- Today's usage alert state (the ledger's calls, tokens and cost today, and how many customers are
-- past the warning share of a limit) as last read from the ledger, shared by all instances: an
-- instance whose timer finds the claim expired takes it with one conditional update and reads the
-- ledger; the others show what it wrote. So the ledger is read once per refresh interval for the
-- whole service, not once per instance. One row, id 1. ("day" is a reserved word in H2.)
-- Portable SQL only, like V1: PostgreSQL 15 and H2 2.x in PostgreSQL mode.
create table usage_alert_state (
    id            integer                  not null primary key,
    claimed_until timestamp with time zone not null,
    read_at       timestamp with time zone,
    usage_day     date,
    calls         bigint,
    input_tokens  bigint,
    output_tokens bigint,
    cached_tokens bigint,
    total_tokens  bigint,
    cost_usd      numeric(20, 8),
    over_warning  bigint,
    constraint ck_usage_alert_state_one_row check (id = 1)
);
insert into usage_alert_state (id, claimed_until)
    values (1, timestamp with time zone '1970-01-01 00:00:00+00');
