-- The global limit on model calls (ModelRateLimiter; seed: 500 requests and 2,000,000 tokens a
-- minute), one row per one-minute window for all instances together. A call is counted by one
-- conditional update that succeeds only while both counts stay within the limits, so concurrent
-- instances cannot pass them together. tokens holds each call's estimate until its real count
-- corrects it. Rows are kept an hour (a record of the last minutes for operators), then deleted;
-- the primary key's index serves that delete.
-- Portable SQL only, like V1: PostgreSQL 15 and H2 2.x in PostgreSQL mode.
create table model_rate_window (
    window_start timestamp with time zone not null,
    requests     bigint                   not null,
    tokens       bigint                   not null,
    constraint pk_model_rate_window primary key (window_start),
    constraint ck_model_rate_window_counts check (requests >= 0 and tokens >= 0)
);
