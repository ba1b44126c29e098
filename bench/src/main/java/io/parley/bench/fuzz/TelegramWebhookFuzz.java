package io.parley.bench.fuzz;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.telegram.TelegramUpdates;

/** Telegram Bot API updates ({@code TelegramUpdates}). */
public final class TelegramWebhookFuzz {

    private static final ChannelAccount BOT = FuzzChannels.account(Platform.TELEGRAM, "7000000001");

    private TelegramWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        try {
            FuzzChannels.checkNothingEmpty(TelegramUpdates.read(body, BOT));
        } catch (MalformedWebhookException expected) {
            // refused with 400
        }
    }
}
