-- The number of a conversation's last message, kept on its row: every append already locks and
-- updates that row, so numbering the next message needs no max(seq) over its messages. It only
-- grows, so a number is never given twice, even after messages are deleted.
alter table conversation add column last_seq integer not null default 0;
update conversation set last_seq = coalesce(
    (select max(m.seq) from chat_message m where m.conversation_id = conversation.id), 0);
alter table conversation add constraint ck_conversation_last_seq check (last_seq >= 0);
