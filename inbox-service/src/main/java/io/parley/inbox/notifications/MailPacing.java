package io.parley.inbox.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * How the e-mails of one kind of notification reach one person for one brand: one by one while they come in ones and
 * twos, bundled when they come in numbers. A breach storm (a backlog of thousands of conversations passing their due
 * time together) used to send a manager one e-mail per conversation — tens of thousands, which no one reads and the
 * mail server took hours over. Within a window ({@code every}, 15 minutes by default) a person gets up to
 * {@code allowance} e-mails of a kind one by one; when more are due than that leaves, they go out at once as one
 * digest, and the rest of the window sends nothing more: what comes meanwhile waits for the window's end and goes out
 * then, in one digest again if there are more than the allowance, one by one otherwise. Every notification is in
 * exactly one e-mail. Pure: the sender keeps the window per person, brand and kind ({@code notification_mail_window}).
 */
final class MailPacing {

    private MailPacing() {
    }

    /** The current window: when it began and how many e-mails it has sent (a digest counts as the allowance). */
    record Window(Instant start, int sent) {
    }

    /** What to do with the e-mails due now, and the window after it. */
    sealed interface Decision {
        Window window();
    }

    /** Each due e-mail on its own. */
    record SendEach(Window window) implements Decision {
    }

    /** Every pending e-mail of the kind for the person and brand in one digest. */
    record Digest(Window window) implements Decision {
    }

    /** Nothing now: the due e-mails wait until {@code until}, the window's end. */
    record Wait(Window window, Instant until) implements Decision {
    }

    /**
     * @param current   the person's window for the brand and kind, or null before their first e-mail
     * @param due       how many e-mails are due now (counted up to {@code allowance + 1} is enough)
     * @param allowance how many e-mails a window sends one by one (at least 1)
     */
    static Decision decide(Window current, int due, Instant now, Duration every, int allowance) {
        Window window = current == null || !now.isBefore(current.start().plus(every)) ? new Window(now, 0) : current;
        int left = allowance - window.sent();
        if (due <= left) {
            return new SendEach(new Window(window.start(), window.sent() + due));
        }
        if (left > 0) {
            return new Digest(new Window(window.start(), allowance));
        }
        return new Wait(window, window.start().plus(every));
    }
}
