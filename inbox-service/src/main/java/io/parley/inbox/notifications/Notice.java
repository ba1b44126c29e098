package io.parley.inbox.notifications;

import java.util.List;
import java.util.Map;

/**
 * What one source event tells people: its kind, brand, the parameters its title is worded from (in the reader's
 * language, by the console and the e-mail), the console path it links to, and who is told.
 */
public record Notice(NotificationKind kind, String brand, Map<String, Object> params, String link,
        List<String> recipients) {
}
