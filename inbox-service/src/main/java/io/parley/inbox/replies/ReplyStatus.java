package io.parley.inbox.replies;

/**
 * Where a reply is on its way to the platform. A held agent's reply starts {@code awaiting_approval} (nothing sent);
 * approved it becomes {@code sending}, rejected it is {@code rejected} (back to its author, never sent).
 */
public enum ReplyStatus {
    sending, delivered, failed, awaiting_approval, rejected
}
