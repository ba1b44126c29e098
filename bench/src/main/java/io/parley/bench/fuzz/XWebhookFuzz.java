package io.parley.bench.fuzz;

import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.x.XActivity;

/** X Account Activity deliveries ({@code XActivity}). */
public final class XWebhookFuzz {

    private static final io.parley.ingest.channels.ChannelDirectory CHANNELS = FuzzChannels.everyAccount();

    private XWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        try {
            FuzzChannels.checkNothingEmpty(XActivity.read(body, CHANNELS));
        } catch (MalformedWebhookException expected) {
            // refused with 400
        }
    }
}
