-- Per-caller request counts in fixed one-minute windows (RateLimitService). Every instance counts
-- in the same row with single atomic statements, so the limit holds across Cloud Run instances.
-- Windows are deleted a few minutes after they end; the index on window_start serves that delete.
-- Portable SQL only, like V1: PostgreSQL 15 and H2 2.x in PostgreSQL mode.

create table rate_limit_window (
    subject       varchar(200)             not null,
    window_start  timestamp with time zone not null,
    request_count integer                  not null,
    constraint pk_rate_limit_window primary key (subject, window_start),
    constraint ck_rate_limit_window_count check (request_count >= 0)
);
create index ix_rate_limit_window_start on rate_limit_window (window_start);
