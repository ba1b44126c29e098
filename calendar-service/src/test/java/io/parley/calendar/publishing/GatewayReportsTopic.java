package io.parley.calendar.publishing;

import io.parley.calendar.OwnTestTopic;

/**
 * The topic the calendar's tests play the gateway's delivery reports on ({@code deliveries} channel): the shared
 * broker's {@code parley.deliveries.v1} also carries the reports of a real gateway other modules' tests run, which
 * would answer the calendar's requests before the test does.
 */
public class GatewayReportsTopic extends OwnTestTopic {

    public static final String TOPIC = "parley.deliveries.v1.calendar-tests";

    public GatewayReportsTopic() {
        super(TOPIC, "deliveries");
    }
}
