package io.parley.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.generic.GenericItems;
import io.parley.ingest.intake.MalformedWebhookException;

/** The generic webhook: one item, or {@code {"items":[…]}}, in Parley's format ({@code GenericItems}). */
public final class GenericWebhookFuzz {

    private static final ChannelAccount SOURCE = FuzzChannels.account(Platform.FORUM, "acme-forum");

    private GenericWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        JsonNode root;
        try {
            root = MalformedWebhookException.readObject(body);
        } catch (MalformedWebhookException expected) {
            return;
        }
        JsonNode items = root.has("items") ? root.get("items") : null;
        if (items != null && !items.isArray()) {
            return; // refused with 400
        }
        for (JsonNode item : items != null ? items : java.util.List.of(root)) {
            try {
                check(GenericItems.read(item, SOURCE));
            } catch (GenericItems.InvalidItemException expected) {
                // refused with 400 naming the field
            }
        }
    }

    static void check(GenericItems.Item item) {
        if (item.heard() != null) {
            FuzzChannels.checkNothingEmpty(new io.parley.ingest.intake.InteractionIntake.Delivery(SOURCE.platform(),
                    java.util.List.of(item.heard()), java.util.List.of()));
        } else if (item.changed() == null) {
            throw new IllegalStateException("an item that is neither an interaction nor a change");
        }
    }
}
