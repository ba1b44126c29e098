package io.parley.calendar.publishing;

/**
 * What a person does about a publication that failed or waits, by the failure's class (the gateway's
 * {@code FailureKind}): words for the editor, not codes. Pure, so a unit test reads every case.
 */
public final class WhatToDo {

    private WhatToDo() {
    }

    /** The advice for a publication in {@code state} (failed, delayed, unknown) with {@code failure} (or null). */
    public static String advice(String state, String failure, String platform) {
        String network = platform == null ? "the network" : platform;
        if (Publication.UNKNOWN.equals(state)) {
            return "Nothing to do yet: the request reached " + network + " without an answer, and the gateway is "
                    + "checking the account's recent posts before any retry, so it will not appear twice.";
        }
        if (Publication.DELAYED.equals(state)) {
            if ("authorization".equals(failure)) {
                return "Reconnect the channel account (its token was refused): the post waits and goes out once the "
                        + "account is reconnected.";
            }
            return "Nothing to do: " + network + " limits how fast the account may post; it goes out at the retry "
                    + "time on its own.";
        }
        if (failure == null) {
            return "Read the reason, fix what it names and reschedule the variant; it is not reposted on its own.";
        }
        return switch (failure) {
            case "authorization" -> "Reconnect the channel account in Channels (" + network + " no longer accepts its "
                    + "token), then reschedule the variant.";
            case "content_refused" -> network + " refused the post: change the text or images as its message says "
                    + "(the change goes through approval again), then reschedule it.";
            case "rate_limited" -> network + " kept refusing for its rate limit: reschedule the variant for a later "
                    + "time.";
            case "unsupported" -> network + " cannot do this through its API: publish it by hand, or choose another "
                    + "channel.";
            case "unknown_outcome" -> "Check the account on " + network + ": the gateway could not confirm the post. "
                    + "If it is not there, reschedule the variant.";
            default -> "A passing fault on the way to " + network + ": reschedule the variant to try again.";
        };
    }
}
