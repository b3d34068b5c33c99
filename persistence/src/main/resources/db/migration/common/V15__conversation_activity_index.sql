-- The active-conversations gauge counts conversations changed in the last minutes, every 30 s on
-- each instance: an index on updated_at keeps that a range scan instead of a full table scan.
create index ix_conversation_updated_at on conversation (updated_at);
