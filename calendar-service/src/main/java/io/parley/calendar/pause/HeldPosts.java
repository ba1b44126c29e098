package io.parley.calendar.pause;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What becomes of the posts whose time came while publishing was paused, when the pause is lifted. The manager who
 * lifts it chooses, seeing how many are held and how late they would be: {@link #SEND} (they go out now, oldest due
 * first — right after a short pause, when nothing in them has aged) or {@link #RESCHEDULE} (they go back to approved
 * without a time, and an editor picks a new one — after a crisis, when a cheerful post written last week may now read
 * badly). Nothing is chosen by default, so that nobody releases a week of stale posts by accident. The console
 * suggests {@link #suggestion} from how long ago the oldest held post was due.
 */
public final class HeldPosts {

    public static final String SEND = "send";
    public static final String RESCHEDULE = "reschedule";
    public static final Set<String> CHOICES = Set.of(SEND, RESCHEDULE);

    private HeldPosts() {
    }

    /**
     * The console's suggestion: send when every held post is at most {@code staleAfter} late, else reschedule (a post
     * hours late went out of its moment); send when nothing is held.
     */
    public static String suggestion(List<Instant> heldDueTimes, Instant now, Duration staleAfter) {
        return heldDueTimes.stream().anyMatch(due -> Duration.between(due, now).compareTo(staleAfter) > 0)
                ? RESCHEDULE : SEND;
    }
}
