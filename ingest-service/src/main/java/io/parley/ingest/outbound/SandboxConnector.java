package io.parley.ingest.outbound;

import io.parley.contracts.StableIds;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.sandbox.SandboxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For accounts in sandbox mode: records the exact requests the platform would receive — method, address, headers
 * and body, the credential redacted, an image's bytes described — and reports the action delivered, so the whole
 * care and publishing flow runs without touching a real page. An action of several requests (upload the images,
 * then post) is walked through with the platform's own success answers ({@link PlatformApi#sandboxAnswer}), each
 * request recorded in order. What it creates gets the id {@code sandbox-<n>} and the permalink
 * {@code https://sandbox.parley.local/<platform>/sandbox-<n>}. The records join the caller's transaction, and so
 * commit with the delivery report.
 */
@ApplicationScoped
public class SandboxConnector {

    /** Where sandbox permalinks point. */
    public static final String PERMALINK_ROOT = "https://sandbox.parley.local/";

    private final Clock clock;
    private final EntityManager em;

    @Inject
    public SandboxConnector(Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectorOutcome record(ChannelAccount account, OutboundActionRequested action, PlatformApi api,
            PlatformRequest first) {
        Instant now = clock.instant();
        List<PlatformAnswer.Done> done = new ArrayList<>();
        Optional<PlatformRequest> next = Optional.of(first);
        String lastId = null;
        int step = 0;
        while (next.isPresent()) {
            PlatformRequest request = next.get();
            step++;
            persist(account, action, request.redacted(api.apiRoot()), step, now);
            lastId = "sandbox-" + nextNumber();
            PlatformAnswer answer = api.answer(action, request, new PlatformResponse(200,
                    Map.of("Content-Type", List.of("application/json")), api.sandboxAnswer(action, request, lastId)),
                    now);
            if (!(answer instanceof PlatformAnswer.Done d)) {
                throw new IllegalStateException(api.platform().id() + " cannot read its own sandbox answer to "
                        + request.path() + ": " + answer);
            }
            done.add(d);
            next = api.next(action, done);
        }
        boolean creates = action.action() == OutboundAction.PUBLISH_POST || action.action() == OutboundAction.REPLY;
        String objectId = creates ? lastId : done.get(done.size() - 1).objectId();
        boolean post = action.action() == OutboundAction.PUBLISH_POST || action.action() == OutboundAction.EDIT_POST
                || (action.action() == OutboundAction.REPLY && action.recipientId() == null);
        return ConnectorOutcome.delivered(objectId, post && objectId != null
                ? PERMALINK_ROOT + api.platform().id() + "/" + objectId : null, true);
    }

    private void persist(ChannelAccount account, OutboundActionRequested action, PlatformRequest.Call call, int step,
            Instant now) {
        SandboxRequest recorded = new SandboxRequest();
        recorded.id = step == 1 ? StableIds.of("sandbox", action.actionId().toString())
                : StableIds.of("sandbox", action.actionId() + "/" + step);
        recorded.actionId = action.actionId();
        recorded.step = step;
        recorded.brand = account.brand();
        recorded.platform = action.platform().id();
        recorded.channelAccountId = account.accountId();
        recorded.action = action.action().id();
        recorded.method = call.method();
        recorded.url = call.url();
        recorded.headers = SandboxRequest.headersJson(call.headers());
        recorded.contentType = call.contentType();
        recorded.body = call.body();
        recorded.requestedBy = action.requestedBy();
        recorded.recordedAt = now;
        recorded.persist();
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('sandbox_object_seq')").getSingleResult()).longValue();
    }
}
