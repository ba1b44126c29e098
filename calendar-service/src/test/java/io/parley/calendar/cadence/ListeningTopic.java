package io.parley.calendar.cadence;

import io.parley.calendar.OwnTestTopic;

/**
 * The topic the calendar's tests play listening's competitor posts on ({@code engagement} channel): the shared
 * broker's {@code parley.engagement.v1} also carries what a real gateway's tests observe, which would add posts the
 * scenario did not.
 */
public class ListeningTopic extends OwnTestTopic {

    public static final String TOPIC = "parley.engagement.v1.calendar-tests";

    public ListeningTopic() {
        super(TOPIC, "engagement");
    }
}
