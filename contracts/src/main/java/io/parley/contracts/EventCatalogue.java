package io.parley.contracts;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.inbox.CompensationApprovalRequested;
import io.parley.contracts.inbox.CompensationDecided;
import io.parley.contracts.inbox.CompensationOffered;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationAssigned;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.contracts.inbox.ConversationDueSoon;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.interactions.Attachment;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.inbox.NotificationCreated;
import io.parley.contracts.inbox.ConversationStatusChanged;
import io.parley.contracts.inbox.ComplaintSettled;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.AdvocateGained;
import io.parley.contracts.inbox.RecommendationRequested;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.posts.PostDrafted;
import io.parley.contracts.posts.ApprovalDecided;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalReminder;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApprovalStepSkipped;
import io.parley.contracts.posts.ApproverRef;
import io.parley.contracts.posts.FindingOverridden;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.ReviewerInvited;
import io.parley.contracts.posts.ReviewerRevoked;
import io.parley.contracts.posts.StoryCommentAdded;
import io.parley.contracts.posts.StoryCreated;
import io.parley.contracts.posts.VariantApproved;
import io.parley.contracts.posts.VariantCancelled;
import io.parley.contracts.posts.VariantChangesRequested;
import io.parley.contracts.posts.VariantExpired;
import io.parley.contracts.posts.VariantCorrected;
import io.parley.contracts.posts.VariantDeleted;
import io.parley.contracts.posts.PublishingPaused;
import io.parley.contracts.posts.PublishingResumed;
import io.parley.contracts.posts.VariantPublishFailed;
import io.parley.contracts.posts.VariantPublished;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.posts.VariantRef;
import io.parley.contracts.posts.VariantReviewReset;
import io.parley.contracts.posts.VariantSubmitted;
import io.parley.contracts.standards.ResponseTargetsChanged;
import io.parley.contracts.standards.StandardsCatalogueChanged;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the event reference ({@code docs/events.md}) from the records themselves: each type's
 * meaning, topic, key, fields and an example. A test keeps the committed page equal to this output.
 */
public final class EventCatalogue {

    private EventCatalogue() {
    }

    /** One example event per type, in catalogue order; also the contract tests' round-trip data. */
    public static Map<String, Event<?>> examples() {
        Instant t = Instant.parse("2026-11-23T09:15:00Z");
        Instant seen = t.plusMillis(850);
        UUID interaction = UUID.fromString("5b0f3c9e-2f0a-3a51-9a43-0c2f4ed1c6a1");
        UUID conversation = UUID.fromString("0e7c1f7e-8a5d-4b1e-9d55-3a9f6a0b2c11");
        UUID action = UUID.fromString("a3c4e1d2-7b8f-4c3a-9e1d-2f6b8c0d4e5f");
        UUID post = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
        Map<String, Event<?>> examples = new LinkedHashMap<>();
        add(examples, Event.of(UUID.fromString("11111111-2222-3333-4444-555555555555"), "ingest-service", "acme",
                "acme:facebook:777000111_9002", t, seen, new InteractionReceived(interaction, Platform.FACEBOOK,
                        "1234567890", InteractionKind.COMMENT, "777000111_9002", "1234567890_777000111",
                        "1234567890_777000111", "777000111_9002",
                        new Author("55509002", "Zofia Nowak", "https://www.facebook.com/55509002"),
                        "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje?",
                        "https://www.facebook.com/777000111_9002", t, new InteractionSignals("pl", 0.93, "complaint",
                        0.88, false, 0.02, false, 0.01, "negative", -0.81, "parley-enrichment/1", List.of()),
                        List.of(new Attachment("image", "https://scontent.xx.fbcdn.net/v/t39.30808-6/parcel.jpg", null,
                                null, null)))));
        add(examples, Event.of(UUID.fromString("12121212-2222-3333-4444-555555555555"), "ingest-service", "acme",
                "acme:facebook:777000111_9002", t.plusSeconds(120), t.plusSeconds(121), new InteractionChanged(
                        interaction, Platform.FACEBOOK, "1234567890", "777000111_9002", "777000111_9002",
                        InteractionChanged.Change.EDITED, "Zamówienie miało być wczoraj. Już jest, dziękuję!", "55509002",
                        t.plusSeconds(120))));
        add(examples, Event.of(UUID.fromString("22222222-3333-4444-5555-666666666666"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(300), t.plusSeconds(300), new OutboundActionRequested(action,
                        OutboundAction.REPLY, Platform.FACEBOOK, "1234567890", "777000111_9002",
                        "Przepraszamy za opóźnienie! Sprawdzamy Twoje zamówienie i wrócimy z odpowiedzią dziś.",
                        "agent1", "conversation/" + conversation + "/reply/9d8e7f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f", null)));
        add(examples, Event.of(UUID.fromString("33333333-4444-5555-6666-777777777777"), "ingest-service", "acme",
                action.toString(), t.plusSeconds(301), t.plusSeconds(301), new DeliveryReported(action,
                        OutboundAction.REPLY, Platform.FACEBOOK, DeliveryOutcome.DELIVERED, "sandbox_a3c4e1d27b8f",
                        null, true, "conversation/" + conversation + "/reply/9d8e7f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                        t.plusSeconds(301))));
        add(examples, Event.of(UUID.fromString("44444444-5555-6666-7777-888888888888"), "inbox-service", "acme",
                conversation.toString(), seen, seen, new ConversationOpened(conversation, Platform.FACEBOOK,
                        interaction, seen, seen.plusSeconds(1800), "care", "pl", "complaint", 30L)));
        add(examples, Event.of(UUID.fromString("55555555-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(301), t.plusSeconds(301), new ConversationAnswered(
                        conversation, Platform.FACEBOOK, seen, t.plusSeconds(301), 300, seen.plusSeconds(1800), true,
                        "agent1")));
        add(examples, Event.of(UUID.fromString("56565656-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), seen, seen, new ConversationAssigned(conversation, "care", "agent1", null,
                        null, "rule", "Polish complaints", "assignment-rules", seen)));
        add(examples, Event.of(UUID.fromString("57575757-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), seen.plusSeconds(1350), seen.plusSeconds(1350), new ConversationDueSoon(
                        conversation, Platform.FACEBOOK, "care", "agent1", seen, seen.plusSeconds(1350),
                        seen.plusSeconds(1800), 30, seen.plusSeconds(1350))));
        add(examples, Event.of(UUID.fromString("58585858-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), seen.plusSeconds(1800), seen.plusSeconds(1800), new ConversationBreached(
                        conversation, Platform.FACEBOOK, "care", "agent1", seen, seen.plusSeconds(1800), 30,
                        seen.plusSeconds(1800), List.of("manager1"))));
        add(examples, Event.of(UUID.fromString("5a5a5a5a-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(200), t.plusSeconds(200), new NoteAdded(conversation,
                        UUID.fromString("b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e"), "agent1", List.of("manager1"),
                        "@manager1 klientka pyta o zwrot za opóźnienie — czy możemy dać kod rabatowy?",
                        t.plusSeconds(200))));
        add(examples, Event.of(UUID.fromString("5a5a5a5b-6666-7777-8888-999999999999"), "inbox-service", "acme",
                "manager1", t.plusSeconds(201), t.plusSeconds(201), new NotificationCreated(
                        UUID.fromString("6f1c2a9e-8d4b-4c1e-9a57-3b2f6d0e1a42"), "manager1", "mentioned",
                        "/inbox/" + conversation, t.plusSeconds(201))));
        add(examples, Event.of(UUID.fromString("5b5b5b5b-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(3600), t.plusSeconds(3600), new ConversationStatusChanged(
                        conversation, Platform.FACEBOOK, "answered", "resolved", "agent1", "manual",
                        t.plusSeconds(3600))));
        UUID complaintCase = UUID.fromString("c0c0c0c0-1d1d-4e2e-8f3f-404040404040");
        add(examples, Event.of(UUID.fromString("5c5c5c5c-6666-7777-8888-999999999999"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(3600), t.plusSeconds(3600), new ComplaintSettled(
                        complaintCase, conversation, "delivery", null, "agent1", t.plusSeconds(3600))));
        UUID incident = UUID.fromString("1c1c1c1c-2d2d-4e3e-8f4f-505050505050");
        add(examples, Event.of(UUID.fromString("5d5d5d5d-6666-7777-8888-999999999999"), "inbox-service", "acme",
                incident.toString(), t, seen, new IncidentOpened(incident, "Spike: przesyłka, delivery",
                        "spike", "complaint", "spike-detection", t)));
        add(examples, Event.of(UUID.fromString("5e5e5e5e-6666-7777-8888-999999999999"), "inbox-service", "acme",
                incident.toString(), t.plusSeconds(7200), t.plusSeconds(7200), new IncidentClosed(incident,
                        "manager1", t.plusSeconds(7200), "The courier's depot reopened; every parcel is on its way.")));
        add(examples, Event.of(UUID.fromString("5f5f5f5f-6666-7777-8888-999999999999"), "inbox-service", "acme",
                "instagram:17841400000000001", t, seen, new AdvocateGained(Platform.INSTAGRAM, "17841400000000001",
                        "Eleni Papadopoulou", conversation, 3, seen)));
        add(examples, Event.of(UUID.fromString("60606060-6666-7777-8888-999999999999"), "inbox-service", "acme",
                "instagram:17841400000000001", t.plusSeconds(900), t.plusSeconds(900), new RecommendationRequested(
                        UUID.fromString("a1a1a1a1-b2b2-4c3c-8d4d-e5e5e5e5e5e5"), Platform.INSTAGRAM,
                        "17841400000000001", "direct_message", conversation, "manager1", t.plusSeconds(900))));
        add(examples, Event.of(UUID.fromString("66666666-7777-8888-9999-aaaaaaaaaaaa"), "calendar-service", "acme",
                post.toString(), t, t, new PostDrafted(post, Platform.LINKEDIN, "We are hiring",
                        "We are growing our customer care team in Warsaw and Athens.",
                        Instant.parse("2026-11-26T09:00:00Z"), "editor1")));
        storyExamples(examples, t);
        add(examples, Event.of(UUID.fromString("77777777-8888-9999-aaaa-bbbbbbbbbbbb"), "standards-service", "acme",
                "acme", t, t, new ResponseTargetsChanged(3, 60, List.of(
                        new ResponseTargetsChanged.ChannelTarget(Platform.FACEBOOK, 30),
                        new ResponseTargetsChanged.ChannelTarget(Platform.LINKEDIN, 240)), "manager1")));
        add(examples, Event.of(UUID.fromString("88888888-9999-aaaa-bbbb-cccccccccccc"), "standards-service", "acme",
                "acme", t, t, new StandardsCatalogueChanged(3, t, "manager1", "Black Friday: no 'free' claims",
                        catalogueExample())));
        UUID offer = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
        add(examples, Event.of(UUID.fromString("99999999-aaaa-bbbb-cccc-dddddddddddd"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(400), t.plusSeconds(400), new CompensationOffered(offer,
                        conversation, "voucher", 2500, "EUR", "agent1", null)));
        add(examples, Event.of(UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(400), t.plusSeconds(400), new CompensationApprovalRequested(
                        offer, conversation, "refund", 12000, "EUR", "agent1", 5000, t.plusSeconds(400 + 7200))));
        add(examples, Event.of(UUID.fromString("bbbbbbbb-cccc-dddd-eeee-ffffffffffff"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(1300), t.plusSeconds(1300), new CompensationDecided(offer,
                        conversation, "approved", 12000, "EUR", "agent1", "approver1",
                        "Zamówienie zaginęło — zwrot w całości.", true)));
        UUID heldReply = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
        add(examples, Event.of(UUID.fromString("bcbcbcbc-cdcd-dede-efef-f0f0f0f0f0f0"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(600), t.plusSeconds(600),
                new io.parley.contracts.inbox.ReplyApprovalRequested(heldReply, conversation, "agent3",
                        "Przepraszamy za opóźnienie — paczka wyjdzie jutro.", List.of("manager1", "approver1"),
                        t.plusSeconds(600), t.plusSeconds(600 + 900))));
        add(examples, Event.of(UUID.fromString("bdbdbdbd-cece-dfdf-e0e0-f1f1f1f1f1f1"), "inbox-service", "acme",
                conversation.toString(), t.plusSeconds(900), t.plusSeconds(900),
                new io.parley.contracts.inbox.ReplyApprovalDecided(heldReply, conversation, "agent3", "rejected",
                        false, "manager1", "Name the courier and the new delivery date.", t.plusSeconds(900), true)));
        add(examples, Event.of(UUID.fromString("cccccccc-dddd-eeee-ffff-000000000000"), "analytics-service", "acme",
                "acme", t, seen, new SpikeDetected(UUID.fromString("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081"),
                        "complaint", t.minusSeconds(900), t, 42, 3.5, 12.0, List.of("przesyłka", "delivery",
                        "zamówienie"))));
        UUID competitorPost = UUID.fromString("d4c3b2a1-0f9e-3d8c-b7a6-f5e4d3c2b1a0");
        UUID source = UUID.fromString("3f1e2d4c-5b6a-3978-8a9b-0c1d2e3f4a5b");
        add(examples, Event.of(competitorPost, "ingest-service", "acme", source.toString(), t.minusSeconds(86_400),
                seen, new CompetitorPostObserved(competitorPost, "globex", source, "Globex newsroom",
                        "https://globex.example/newsroom/feed.xml", "tag:globex.example,2026:post-481",
                        "https://globex.example/newsroom/winter-sale", t.minusSeconds(86_400),
                        "Zimowa wyprzedaż w Globex")));
        insightsExamples(examples, t);
        return examples;
    }

    /** Publishing figures: the story's LinkedIn post read a day after it went out, its account's followers, a click. */
    private static void insightsExamples(Map<String, Event<?>> examples, Instant t) {
        UUID story = UUID.fromString("5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6");
        UUID variant = UUID.fromString("6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607");
        String channel = "4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d";
        Instant published = Instant.parse("2026-11-26T09:00:02Z");
        Instant read = Instant.parse("2026-11-27T09:05:00Z");
        add(examples, Event.of(UUID.fromString("e1e2e3e4-1111-3222-8333-444455556666"), "ingest-service", "acme",
                "urn:li:share:7401234567890123456", read, read, new PostMetricsObserved(story, variant, channel,
                        "urn:li:organization:2414183", Platform.LINKEDIN, "urn:li:share:7401234567890123456",
                        "https://www.linkedin.com/feed/update/urn:li:share:7401234567890123456", published, read,
                        4210L, 2875L, 96L, 14L, 9L, null, false)));
        add(examples, Event.of(UUID.fromString("e2e3e4e5-2222-3333-8444-555566667777"), "ingest-service", "acme",
                channel, read, read, new FollowerCountObserved(channel, "urn:li:organization:2414183",
                        Platform.LINKEDIN, java.time.LocalDate.parse("2026-11-27"), 18_342, read, false)));
        add(examples, Event.of(UUID.fromString("e3e4e5e6-3333-3444-8555-666677778888"), "calendar-service", "acme",
                story.toString(), published.plusSeconds(3600), published.plusSeconds(3600), new LinkClicked(story,
                        variant, channel, Platform.LINKEDIN,
                        "https://acme.example/careers?utm_source=linkedin&utm_medium=social&utm_campaign=hiring",
                        published.plusSeconds(3600))));
        UUID page = UUID.fromString("7c1d2e3f-4a5b-3c6d-8e7f-9a0b1c2d3e4f");
        Instant refused = Instant.parse("2026-11-27T10:12:30Z");
        add(examples, Event.of(UUID.fromString("e4e5e6e7-4444-3555-8666-777788889999"), "ingest-service", "acme",
                page.toString(), refused, refused, new ChannelHealthChanged(page, Platform.FACEBOOK,
                        "1234567890", "Acme Polska", "token_revoked", "healthy", refused,
                        "facebook refused (Graph API error 190/460): Error validating access token: The session has "
                        + "been invalidated because the user changed their password", "reconnect",
                        refused.minusSeconds(340), 95L, null)));
    }

    /** The publishing events: one story (Polish, Greek), its LinkedIn variant through a two-step approval. */
    private static void storyExamples(Map<String, Event<?>> examples, Instant t) {
        UUID story = UUID.fromString("5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6");
        UUID variant = UUID.fromString("6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607");
        UUID reviewer = UUID.fromString("7f2e1c60-9b3d-4e4f-9051-c3d4e5f60718");
        String s = story.toString();
        Instant at = Instant.parse("2026-12-08T09:00:00Z");
        List<ApproverRef> stepOne = List.of(new ApproverRef("role", "approver"));
        String[] ids = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"};
        int[] n = {0};
        java.util.function.Function<Payload, Event<?>> of = p -> Event.of(UUID.fromString(
                "5e5e5e5e-0000-4000-8000-0000000000" + ids[n[0]++]), "calendar-service", "acme", s,
                t.plusSeconds(60L * n[0]), t.plusSeconds(60L * n[0]), p);
        add(examples, of.apply(new StoryCreated(story, "Zimowa kolekcja ❄", "winter-2026", "editor1",
                List.of(new VariantRef(variant, "5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f", Platform.LINKEDIN, at)))));
        add(examples, of.apply(new VariantSubmitted(story, variant, Platform.LINKEDIN, 3, 1, "editor1", 2, 0)));
        add(examples, of.apply(new ApprovalRequested(story, variant, 1, 0, "Marketing", stepOne, 1)));
        add(examples, of.apply(new ApprovalDecided(story, variant, 1, 0, "approver1", false, null, "approve",
                "Dobrze, tylko bez wykrzyknika.")));
        add(examples, of.apply(new VariantApproved(story, variant, 1, 4, "scheduled", at)));
        add(examples, of.apply(new VariantChangesRequested(story, variant, 1, 1, "Anna Nowak (agency)", true,
                "Proszę dodać link do sklepu.")));
        add(examples, of.apply(new ApprovalStepSkipped(story, variant, 1, 1, "Legal", "manager1",
                "Legal signed the campaign wording off in advance.")));
        add(examples, of.apply(new FindingOverridden(story, variant, "pl-darmowy", "approver1",
                "'darmowy zwrot' is our returns policy, as legal confirmed.")));
        add(examples, of.apply(new ApprovalReminder(story, variant, 1, 0, "Marketing", stepOne,
                t.plusSeconds(180))));
        add(examples, of.apply(new ApprovalEscalated(story, variant, 1, 0, "Marketing",
                List.of(new ApproverRef("role", "manager")), t.plusSeconds(180))));
        add(examples, of.apply(new VariantExpired(story, variant, at, "in_review")));
        add(examples, of.apply(new VariantPublished(story, "Zimowa kolekcja ❄", variant,
                "5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f", Platform.LINKEDIN, "urn:li:share:7140000000000000001",
                "https://www.linkedin.com/feed/update/urn:li:share:7140000000000000001", at, at.plusSeconds(4), 4,
                false)));
        add(examples, of.apply(new VariantPublishFailed(story, "Zimowa kolekcja ❄", variant,
                "5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f", Platform.LINKEDIN, at, FailureKind.CONTENT_REFUSED,
                "Content is a duplicate of a recent share.", "The network refused the post: change the text as its "
                        + "message says, then reschedule it (it goes through approval again).", at.plusSeconds(3))));
        add(examples, of.apply(new VariantCorrected(story, variant, UUID.fromString(
                "91425e82-bd5f-4061-b273-e5f607182930"), Platform.LINKEDIN, "urn:li:share:7140000000000000001", "edit",
                "urn:li:share:7140000000000000001", "Zimowa kolekcja już jest ❄ Ceny od 99 zł.",
                "Zimowa kolekcja już jest ❄ Ceny od 129 zł.", "The price in the post was wrong.", "editor1",
                at.plusSeconds(3600))));
        add(examples, of.apply(new VariantDeleted(story, variant, Platform.LINKEDIN,
                "urn:li:share:7140000000000000001", "manager1", "The offer was withdrawn by legal.",
                at.plusSeconds(7200))));
        add(examples, of.apply(new VariantCancelled(story, variant, "manager1", "Campaign moved to January.")));
        add(examples, of.apply(new VariantReviewReset(story, variant, 2, 4, 5, "editor1", List.of("text"))));
        add(examples, of.apply(new StoryCommentAdded(story, UUID.fromString("80314d71-ac4e-4f50-a162-d4e5f6071829"),
                variant, null, "approver1", false, "internal", List.of("editor1"))));
        add(examples, of.apply(new ReviewerInvited(story, reviewer, "anna@agency.example", "Anna Nowak (agency)",
                t.plusSeconds(7 * 86_400), "editor1")));
        add(examples, of.apply(new ReviewerRevoked(story, reviewer, "editor1")));
        UUID pause = UUID.fromString("a5a5a5a5-1b1b-4c2c-8d3d-e4e4e4e4e4e4");
        UUID incident = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        add(examples, Event.of(UUID.fromString("5e5e5e5e-0000-4000-8000-0000000000a1"), "calendar-service", "acme",
                "acme", at.plusSeconds(600), at.plusSeconds(600), new PublishingPaused(pause,
                        "Awaria płatności: wstrzymujemy posty promocyjne do odwołania.", incident, "manager1",
                        at.plusSeconds(600))));
        add(examples, Event.of(UUID.fromString("5e5e5e5e-0000-4000-8000-0000000000a2"), "calendar-service", "acme",
                "acme", at.plusSeconds(9000), at.plusSeconds(9000), new PublishingResumed(pause, "manager1",
                        "Płatności działają, komunikat wydany.", "send", 2, at.plusSeconds(600),
                        at.plusSeconds(9000))));
    }

    /** A short catalogue document for the example (the full shape is in docs/standards.md). */
    private static com.fasterxml.jackson.databind.JsonNode catalogueExample() {
        try {
            return EventJson.mapper().readTree("""
                    {"content":{"forbidden":[{"id":"no-free","phrase":"free","language":"en","severity":"block",
                    "explanation":"Nothing we sell is free; say what the offer is."}],"topics":[],"patterns":[],"allowed":[]},
                    "links":{"ownDomains":["acme.example"],"requiredUtmParameters":["utm_source","utm_medium"],"maxLinks":2},
                    "responseTargets":{"defaultMinutes":60,"timeZone":"Europe/Warsaw","targets":[
                    {"channel":"facebook","momentOfTruth":"first-response","priority":"normal","minutes":30}]},
                    "overrides":{}}""");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Map<String, Event<?>> examples, Event<?> event) {
        examples.put(event.type(), event);
    }

    /** The Markdown page. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Event reference

                <!-- Generated from the records in contracts/ by EventCatalogue; do not edit by hand.
                     Regenerate: mvn -pl contracts test -Dparley.docs.write=true -->

                Parley's services talk through Kafka. Every record value is a **CloudEvents 1.0** event in
                structured JSON mode (UTF-8), with two extension attributes: `brand` (the brand the event
                belongs to) and `observedtime` (when Parley observed what happened; `time` is when it
                happened). Records also carry the headers `ce_id`, `ce_type` and `content-type`.

                | attribute | meaning |
                |---|---|
                | `specversion` | always `1.0` |
                | `id` | unique per event; consumers de-duplicate on it (delivery is at-least-once) |
                | `source` | the emitting service, e.g. `/parley/ingest-service` |
                | `type` | the event type below; the version is part of the name |
                | `subject` | the entity the event is about |
                | `brand` | the brand |
                | `time` | when it happened (on the platform or in the service) |
                | `observedtime` | when Parley observed it |
                | `datacontenttype` | `application/json` |
                | `data` | the payload described below |

                Compatibility: within a version a producer may add fields but never removes or renames one;
                consumers ignore fields they do not know. A record no consumer can read goes to
                `parley.deadletter.v1` with the reason in its headers; a broker or database outage never sends a
                record there (the consumer waits). Dead letters are counted, alerted on and can be replayed
                (docs/reliability.md).

                ## Topics

                | topic | records | compacted |
                |---|---|---|
                """);
        for (String topic : Topics.ALL) {
            List<String> types = EventTypes.all().entrySet().stream()
                    .filter(e -> topicOf(e.getKey()).equals(topic)).map(e -> "`" + e.getKey() + "`").toList();
            md.append("| `").append(topic).append("` | ")
                    .append(types.isEmpty() ? (topic.equals(Topics.DEAD_LETTER) ? "records that could not be processed"
                            : topic.equals(Topics.INTAKE) ? "`parley.interaction.received.v1` before enrichment (internal"
                            + " to ingest-service: its webhooks write, its enrichment stage reads)" : "(none yet)")
                            : String.join(", ", types))
                    .append(" | ").append(Topics.COMPACTED.contains(topic) ? "yes" : "no").append(" |\n");
        }
        md.append("\n## Event types\n");
        var pretty = EventJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        for (Map.Entry<String, Class<? extends Payload>> entry : EventTypes.all().entrySet()) {
            Class<? extends Payload> type = entry.getValue();
            EventDoc doc = type.getAnnotation(EventDoc.class);
            Event<?> example = examples().get(entry.getKey());
            md.append("\n### `").append(entry.getKey()).append("`\n\n")
                    .append(doc.summary()).append("\n\n")
                    .append("- topic: `").append(example.topic()).append("`\n")
                    .append("- key: ").append(doc.key()).append("\n")
                    .append("- record: `").append(type.getName()).append("`\n\n")
                    .append("| field | type | meaning |\n|---|---|---|\n");
            Map<String, String> meanings = new LinkedHashMap<>();
            for (String f : doc.fields()) {
                int colon = f.indexOf(':');
                meanings.put(f.substring(0, colon).trim(), f.substring(colon + 1).trim());
            }
            for (RecordComponent c : type.getRecordComponents()) {
                md.append("| `").append(c.getName()).append("` | ").append(jsonType(c.getGenericType()))
                        .append(" | ").append(meanings.getOrDefault(c.getName(), "")).append(" |\n");
            }
            try {
                md.append("\nExample:\n\n```json\n").append(pretty.writeValueAsString(example)).append("\n```\n");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return md.toString();
    }

    private static String topicOf(String type) {
        return examples().get(type).topic();
    }

    private static String jsonType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "array of " + jsonType(p.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> c)) {
            return type.getTypeName();
        }
        if (c == String.class) {
            return "string";
        }
        if (c == java.time.LocalDate.class) {
            return "string (date, YYYY-MM-DD)";
        }
        if (c == UUID.class) {
            return "string (UUID)";
        }
        if (c == Instant.class) {
            return "string (RFC 3339 instant)";
        }
        if (c == long.class || c == int.class || c == Long.class || c == Integer.class) {
            return "integer";
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(c)) {
            return "object (JSON document)";
        }
        if (c.isEnum()) {
            StringBuilder values = new StringBuilder("string: ");
            Object[] constants = c.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i > 0 ? ", " : "").append('`')
                        .append(EventJson.mapper().convertValue(constants[i], String.class)).append('`');
            }
            return values.toString();
        }
        if (c.isRecord()) {
            StringBuilder fields = new StringBuilder("object {");
            RecordComponent[] components = c.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                fields.append(i > 0 ? ", " : "").append(components[i].getName()).append(": ")
                        .append(jsonType(components[i].getGenericType()));
            }
            return fields.append('}').toString();
        }
        return c.getSimpleName();
    }
}
