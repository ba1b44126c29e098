package io.parley.analytics.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.analytics.api.Examples;
import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operators' view of {@code parley.deadletter.v1}: what was set aside, by whom and why, and a replay to the
 * original topic once the cause is fixed (docs/reliability.md). Admins only: a dead letter may hold any brand's data.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records no consumer could process: read them, replay them")
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

    private static final Logger LOG = Logger.getLogger(DeadLettersResource.class);
    static final int MAX_REPLAY = 100;

    @Inject
    DeadLetterTopic deadLetters;

    @Inject
    SecurityIdentity identity;

    @Inject
    MeterRegistry metrics;

    @Inject
    PageLimits pages;

    /** Which dead letters to replay. */
    @Schema(name = "ReplayRequest")
    public record ReplayRequest(
            @NotNull @Size(min = 1, max = MAX_REPLAY)
            @Schema(description = "the dead letters' ids (<partition>-<offset>), 1 to 100", example = "[\"2-117\"]",
                    required = true)
            List<String> ids) {
    }

    /** Where a replayed dead letter went. */
    @Schema(name = "Replayed")
    public record Replayed(
            @Schema(description = "the dead letter's id", example = "2-117") String id,
            @Schema(description = "the topic it was published to again", example = "parley.inbox.v1") String topic,
            @Schema(description = "its new partition", example = "1") int partition,
            @Schema(description = "its new offset", example = "5120") long offset) {
    }

    /** The documented shape of a page of dead letters (the endpoint answers platform-rest's {@code Page}). */
    @Schema(name = "DeadLetterPage", description = "A page of dead letters, newest first; pass nextCursor as cursor "
            + "(with the same topic) for the next")
    public record DeadLetterPage(@Schema(required = true) List<DeadLetter> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @Operation(summary = "The dead letters, newest first",
            description = "Records set aside on parley.deadletter.v1 because they can never be processed, newest "
                    + "first, with the topic and consumer they came from and why, a page at a time (limit, and "
                    + "cursor from the previous page's nextCursor, with the same topic). The cursor holds the place "
                    + "reached in each partition of the topic: a record set aside while you page is on a new first "
                    + "page, not between the pages. Every one also counts in parley_dead_letters_total, which raises "
                    + "the ParleyDeadLetters alert (k8s/monitoring).")
    @APIResponse(responseCode = "200", description = "A page of dead letters, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetterPage.class),
                    examples = @ExampleObject(name = "one dead letter", value = Examples.DEAD_LETTERS)))
    @APIResponse(responseCode = "400", description = "A limit that is not a whole number from 1 to 200, or a cursor "
            + "this listing did not hand out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = Examples.INVALID_LIMIT)))
    @APIResponse(responseCode = "403", description = "Only admins read dead letters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "503", description = "Kafka did not give the topic in time; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Kafka away", value = Examples.DEAD_LETTERS_UNAVAILABLE)))
    public Page<DeadLetter> list(
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit "
                    + "(50)", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor; absent for the first page") @QueryParam("cursor")
            String cursor,
            @Parameter(description = "only those read from this topic", example = "parley.inbox.v1")
            @QueryParam("topic") String topic) {
        int n = QueryParams.limit(limit, pages);
        return deadLetters.page(Optional.ofNullable(topic).filter(t -> !t.isBlank()), cursor, n);
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay dead letters to the topics they came from",
            description = "Publishes each chosen dead letter again, as it was (key, value, event id), on the topic "
                    + "it was read from, once the cause is fixed. Consumers de-duplicate by event id, so replaying "
                    + "twice, or replaying a record that was processed after all, changes nothing. All ids are "
                    + "checked before any is published.")
    @APIResponse(responseCode = "200", description = "Where each went",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Replayed.class, type = org.eclipse.microprofile.openapi
                            .annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "replayed", value = Examples.REPLAYED)))
    @APIResponse(responseCode = "400", description = "No ids, more than 100, or an id that is not <partition>-<offset>",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = Examples.INVALID_DEAD_LETTER_ID)))
    @APIResponse(responseCode = "403", description = "Only admins replay dead letters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No dead letter at one of the ids",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NO_DEAD_LETTER)))
    @APIResponse(responseCode = "409", description = "A dead letter that does not say which topic it came from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no topic", value = Examples.DEAD_LETTER_WITHOUT_TOPIC)))
    @APIResponse(responseCode = "503", description = "Kafka did not take the replay; nothing after the first "
            + "failure was published; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Kafka away", value = Examples.REPLAY_UNAVAILABLE)))
    public List<Replayed> replay(@Valid @NotNull ReplayRequest request) {
        // Every id's form first (400 naming it), then whether each exists (404): a malformed id must not
        // hide behind an unknown one before it.
        List<DeadLetter.Id> ids = new ArrayList<>();
        for (int i = 0; i < request.ids().size(); i++) {
            ids.add(DeadLetter.Id.parse("ids[" + i + "]", request.ids().get(i)));
        }
        Map<DeadLetter.Id, ConsumerRecord<String, byte[]>> found = new LinkedHashMap<>();
        for (DeadLetter.Id id : ids) {
            ConsumerRecord<String, byte[]> record = deadLetters.find(id)
                    .orElseThrow(() -> ProblemException.notFound("no dead letter at " + id + " on parley.deadletter.v1"));
            if (DeadLetter.header(record, io.parley.platform.consumers.DeadLetters.TOPIC) == null) {
                throw ProblemException.conflict("dead letter " + id + " does not say which topic it came from");
            }
            found.put(id, record);
        }
        List<Replayed> replayed = new ArrayList<>();
        for (var entry : found.entrySet()) {
            RecordMetadata sent;
            try {
                sent = deadLetters.replay(entry.getKey(), entry.getValue());
            } catch (EventPublisher.PublishFailedException e) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not take the replay of " + entry.getKey()
                        + " (" + replayed.size() + " replayed before it): " + e.getMessage());
            }
            metrics.counter("parley_dead_letters_replayed", "topic", sent.topic()).increment();
            LOG.infof("%s replayed dead letter %s to %s-%d@%d", identity.getPrincipal().getName(), entry.getKey(),
                    sent.topic(), sent.partition(), sent.offset());
            replayed.add(new Replayed(entry.getKey().toString(), sent.topic(), sent.partition(), sent.offset()));
        }
        return replayed;
    }
}
