package io.parley.calendar.posts;

import java.util.Locale;

/**
 * Where a post stands. Only drafts exist so far; approval, scheduling and publication add their
 * states here (stored and shown by {@link #id()}).
 */
public enum PostStatus {
    DRAFT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
