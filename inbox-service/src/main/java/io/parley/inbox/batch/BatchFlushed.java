package io.parley.inbox.batch;

/**
 * Fired (as a CDI event, in the batch's transaction) once an intake batch's writes are flushed and before its
 * outbox events are written: what observers gathered in the {@link BatchMemo} while the batch was applied can now
 * be worked out with one query each, seeing the whole batch in the database, and may still add outbox events.
 */
public record BatchFlushed() {
}
