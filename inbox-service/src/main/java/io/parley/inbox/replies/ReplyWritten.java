package io.parley.inbox.replies;

import io.parley.inbox.conversations.Conversation;

import java.time.Instant;

/**
 * A reply is being written, not stored yet (a CDI event, in the reply's transaction, the conversation locked): an
 * observer may hold it for approval (approvals' {@code Holding} sets it {@code awaiting_approval}); a reply still
 * {@code sending} afterwards goes out at once.
 */
public record ReplyWritten(Reply reply, Conversation conversation, Instant at) {
}
