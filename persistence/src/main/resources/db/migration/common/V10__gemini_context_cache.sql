-- Gemini context caches (DatabaseContextCacheStore): the cachedContents name holding a model's
-- system instruction and tool declarations, so every instance sends requests against the same
-- cache instead of creating (and paying storage for) one each. One row per model and prompt hash
-- (SHA-256 of the cached JSON): a deployment that changes the prompt or a tool gets a new row.
-- Rows a day past their expiry are deleted when a cache is saved. Portable SQL, like V1.

create table gemini_context_cache (
    model       varchar(100)             not null,
    prompt_hash varchar(64)              not null,
    cache_name  varchar(200)             not null,
    expires_at  timestamp with time zone not null,
    updated_at  timestamp with time zone default current_timestamp not null,
    constraint pk_gemini_context_cache primary key (model, prompt_hash)
);
create index ix_gemini_context_cache_expires on gemini_context_cache (expires_at);
