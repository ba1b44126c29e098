package io.parley.bench.fuzz;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.vk.VkCallbacks;

/** VK Callback API events ({@code VkCallbacks}), read as the webhook does after the body's secret matched. */
public final class VkWebhookFuzz {

    private static final ChannelAccount COMMUNITY = FuzzChannels.account(Platform.VK, "200000001");

    private VkWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        try {
            FuzzChannels.checkNothingEmpty(VkCallbacks.read(MalformedWebhookException.readObject(body), COMMUNITY));
        } catch (MalformedWebhookException expected) {
            // refused with 400
        }
    }
}
