package io.parley.inbox.replies;

/** Where a reply is on its way to the platform. */
public enum ReplyStatus {
    sending, delivered, failed
}
