package io.parley.ingest;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Platform payloads copied from shared/fixtures/platforms (see each folder's SOURCE.txt). */
public final class Fixtures {

    public static final ChannelAccount ACME_TELEGRAM_BOT = new ChannelAccount(Platform.TELEGRAM, "7000000001", "acme",
            ChannelMode.sandbox);

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
