package io.parley.bench.fuzz;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.generic.GenericItems;
import io.parley.ingest.generic.NdjsonItems;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** The NDJSON import ({@code NdjsonItems}): every line read, refused with its number, or the body refused. */
public final class NdjsonImportFuzz {

    private static final ChannelAccount SOURCE = FuzzChannels.account(Platform.GENERIC, "acme-import");

    private NdjsonImportFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        int[] seen = new int[1];
        try {
            int lines = NdjsonItems.read(new ByteArrayInputStream(body), SOURCE, new NdjsonItems.Sink() {
                @Override
                public void item(int line, GenericItems.Item item) {
                    seen[0] = Math.max(seen[0], line);
                    GenericWebhookFuzz.check(item);
                }

                @Override
                public void refused(int line, String field, String message) {
                    seen[0] = Math.max(seen[0], line);
                    if (message == null || line < 1) {
                        throw new IllegalStateException("a refusal without a line or a reason");
                    }
                }
            });
            if (seen[0] > lines) {
                throw new IllegalStateException("line " + seen[0] + " reported of " + lines);
            }
        } catch (NdjsonItems.NotUtf8Exception expected) {
            // 400: not UTF-8 at that line
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }
}
