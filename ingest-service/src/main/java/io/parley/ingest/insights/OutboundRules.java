package io.parley.ingest.insights;

import io.parley.contracts.StableIds;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformApi;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformResponse;

import java.time.Instant;

/**
 * Reads a network's answer that holds no figures by the rules outbound actions use for that network (Graph error
 * codes, X's 429, VK's errors in a 200, YouTube's reasons, LinkedIn's statuses), so a rate limit or a refused token
 * means the same for a read of figures as for a publish. Those rules read answers to an action; the read's stand-in
 * action is never sent anywhere.
 */
public final class OutboundRules {

    private OutboundRules() {
    }

    public static PlatformAnswer read(PlatformApi api, ChannelAccount account, PlatformRequest request,
            PlatformResponse response, Instant now) {
        OutboundActionRequested standIn = new OutboundActionRequested(StableIds.of("insights",
                account.id().toString()), OutboundAction.PUBLISH_POST, account.platform(), account.accountId(), null,
                null, "insights", "insights/" + account.id());
        return api.answer(standIn, request, response, now);
    }
}
