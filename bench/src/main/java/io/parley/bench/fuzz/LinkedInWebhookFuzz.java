package io.parley.bench.fuzz;

import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.linkedin.LinkedInNotifications;

/** LinkedIn organisation social-action notifications ({@code LinkedInNotifications}). */
public final class LinkedInWebhookFuzz {

    private static final io.parley.ingest.channels.ChannelDirectory CHANNELS = FuzzChannels.everyAccount();

    private LinkedInWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        try {
            FuzzChannels.checkNothingEmpty(LinkedInNotifications.read(MalformedWebhookException.readObject(body),
                    CHANNELS));
        } catch (MalformedWebhookException expected) {
            // refused with 400
        }
    }
}
