package io.parley.calendar.publishing;

import io.parley.calendar.media.MediaLibrary;
import io.parley.calendar.stories.Json;
import io.parley.calendar.stories.Variant;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks the channel gateway to act for a variant: writes the ledger row and adds the {@code OutboundActionRequested}
 * to the outbox in the caller's transaction, so the claim (or the decision) and the request commit together or not
 * at all. The action's id is a stable UUID of (kind, variant, round): a request made again after a crash, or a
 * replayed outbox row, carries the same id, and the gateway acts on it once.
 */
@ApplicationScoped
public class OutboundRequests {

    /** Every origin calendar-service writes starts so; the deliveries consumer takes only these reports. */
    public static final String ORIGIN_PREFIX = "story/";

    @Inject
    Outbox outbox;

    @Inject
    MediaLibrary media;

    @Inject
    SignedMediaLinks links;

    @Inject
    io.parley.calendar.clickthrough.ClickThroughs clickThroughs;

    /** The action's id: one per kind, variant and round. */
    public static UUID actionId(String kind, UUID variantId, int round) {
        return StableIds.of("calendar", kind, variantId.toString(), Integer.toString(round));
    }

    /** The action's id for a correction's edit or reply: one per correction. */
    public static UUID actionId(String kind, UUID correctionId) {
        return StableIds.of("calendar", kind, correctionId.toString());
    }

    static String origin(Variant v, String kind, Object key) {
        return ORIGIN_PREFIX + v.storyId + "/variant/" + v.id + "/" + kind + "/" + key;
    }

    /** The request to publish the variant as it stands: text, tracked link, images by signed link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationAction publish(Variant v, String by, Instant now) {
        List<UUID> ids = Json.readStrings(v.media).stream().map(UUID::fromString).toList();
        Map<UUID, MediaLibrary.Described> described = media.describe(ids);
        List<OutboundMedia> images = ids.stream().filter(described::containsKey)
                .map(id -> new OutboundMedia(id.toString(), links.link(id), described.get(id).view().contentType(),
                        null)).toList();
        // The link goes out as Parley's tracked redirect (click-throughs counted per variant), which sends the visitor
        // on to the link with the catalogue's UTM parameters. The gateway recognises the post by its text's digest.
        return request(v, PublicationAction.PUBLISH, actionId(PublicationAction.PUBLISH, v.id, v.publishRound),
                v.publishRound, OutboundAction.PUBLISH_POST, null, v.text, clickThroughs.shortLink(v, now), images,
                null, null, by, now);
    }

    /**
     * The request itself. The account that acts is named as the gateway knows it: by its id on the platform (as
     * inbox-service's replies name it), not by the gateway's own row id the calendar plans with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationAction request(Variant v, String kind, UUID actionId, int round, OutboundAction action,
            String target, String text, String link, List<OutboundMedia> images, Instant notBefore, UUID correctionId,
            String by, Instant now) {
        PublicationAction a = PublicationAction.findById(actionId);
        if (a == null) {
            a = new PublicationAction();
            a.actionId = actionId;
            a.variantId = v.id;
            a.storyId = v.storyId;
            a.brand = v.brand;
            a.kind = kind;
            a.round = round;
            a.action = action.id();
            a.targetObjectId = target;
            a.text = text;
            a.notBefore = notBefore;
            a.requestedBy = by;
            a.requestedAt = now;
            a.state = PublicationAction.REQUESTED;
            a.correctionId = correctionId;
            a.persist();
        }
        OutboundActionRequested request = new OutboundActionRequested(actionId, action, Platform.fromId(v.platform),
                v.platformAccountId != null ? v.platformAccountId : v.channelAccount, target, text, by,
                origin(v, kind, correctionId != null ? correctionId : round), null, link, images, null, notBefore);
        // The event's id is the action's too: the outbox keeps one row per id, so asking twice sends once.
        outbox.add(v.id.toString(), Event.of(actionId, "calendar-service", v.brand, v.id.toString(), now, now,
                request));
        return a;
    }
}
