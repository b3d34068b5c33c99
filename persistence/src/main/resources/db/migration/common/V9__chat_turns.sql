-- The assistant's conversations as the chat loop needs them. Portable SQL (PostgreSQL 15, H2 2.x).
-- A model message that calls tools keeps the calls (calls_json: [{id, name, args}]) and, for
-- Gemini, the model's own content JSON, sent back unchanged on the next call (it may carry a
-- thought signature). A tool message's content is the compressed result the model saw.
alter table chat_message add column calls_json text;
alter table chat_message add column vendor_json text;
alter table chat_message add column model varchar(100);

-- The write waiting for the customer's yes (at most one per conversation), checked by the server
-- when a confirm tool runs; summarised_through: messages up to this number are folded into summary.
alter table conversation add column pending_token varchar(100);
alter table conversation add column pending_action varchar(40);
alter table conversation add column pending_summary varchar(500);
alter table conversation add column pending_expires_at timestamp with time zone;
alter table conversation add column language varchar(2) not null default 'en';
alter table conversation add column summarised_through integer not null default 0;
alter table conversation add constraint ck_conversation_language check (language in ('en', 'id'));
alter table conversation add constraint ck_conversation_pending check (
    (pending_token is null and pending_action is null)
    or (pending_token is not null and pending_action is not null));
