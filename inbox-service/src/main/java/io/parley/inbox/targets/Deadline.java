package io.parley.inbox.targets;

import java.time.Instant;

/** When a response is due, and when to warn that it soon will be (75 % of the target). */
public record Deadline(Instant startedAt, Instant warnAt, Instant dueAt, long targetMinutes) {
}
