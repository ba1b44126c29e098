package io.parley.ingest.generic;

import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelRow;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Bulk import for integrators: newline-delimited JSON, one item per line in Parley's interaction
 * format, into one channel account. Good lines are made durable; bad lines are reported by number
 * and field and lose nothing else. Items are published in batches as the body streams in; the reading goes on
 * while Kafka acknowledges the batches before (at most {@code IN_FLIGHT} of them).
 */
@Path("/api/v1/channels/{id}/imports")
@Tag(name = "Channels")
public class ImportsResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(ImportsResource.class);
    private static final int BATCH = 500;
    private static final int MAX_REPORTED = 100;
    /** Batches handed to Kafka and not yet acknowledged while the reading goes on (4,000 items). */
    private static final int IN_FLIGHT = 8;

    @Inject
    BrandAccess access;
    @Inject
    ChannelDirectory channels;
    @Inject
    InteractionIntake intake;
    @Inject
    io.parley.ingest.channels.ChannelService service;

    @POST
    @Consumes({NDJSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Import interactions (NDJSON)",
            description = "One item per line, in the format of docs/api/webhooks.md (blank lines are skipped). "
                    + "Importing the same file twice yields the same events, so an interrupted import can be sent "
                    + "again whole. Good lines are kept even when others are refused; the answer lists the refused "
                    + "ones (the first 100) by line number.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "{\"id\":\"r-1\",\"kind\":\"review\",\"text\":\"Świetna obsługa!\",\"createdAt\":\"2026-11-20T10:00:00Z\"}\n"
                    + "{\"id\":\"r-2\",\"kind\":\"review\",\"text\":\"Ужасная доставка\",\"createdAt\":\"2026-11-21T10:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "Imported; refused lines listed")
    @APIResponse(responseCode = "400", description = "Nothing could be imported: every line was refused, or the body is empty or not UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such channel account among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; lines before `imported` are durable, send the file again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importItems(@Parameter(description = "the channel account's id") @PathParam("id") String id,
            InputStream body) {
        ChannelAccount account = account(id);
        Batches batches = new Batches(account);
        int[] refused = {0};
        List<RefusedLine> report = new ArrayList<>();
        int lines;
        try {
            lines = NdjsonItems.read(body, account, new NdjsonItems.Sink() {
                @Override
                public void item(int line, GenericItems.Item item) {
                    batches.add(item);
                }

                @Override
                public void refused(int line, String field, String message) {
                    refused[0]++;
                    if (report.size() < MAX_REPORTED) {
                        report.add(new RefusedLine(line, field, message));
                    }
                }
            });
        } catch (NdjsonItems.NotUtf8Exception e) {
            batches.settleAll();
            throw ProblemException.badRequest("line " + e.line() + " is not UTF-8; " + batches.durable()
                    + " items before it were imported");
        } catch (IOException e) {
            batches.settleAll();
            throw ProblemException.badRequest("the body could not be read: " + e.getMessage());
        }
        batches.flush();
        batches.settleAll();
        int interactions = batches.interactions;
        int changes = batches.changes;
        if (interactions + changes == 0) {
            if (refused[0] == 0) {
                throw ProblemException.badRequest("the body has no items; send one JSON object per line");
            }
            throw new ProblemException(ProblemType.INVALID_INPUT, "every line was refused; nothing was imported",
                    report.stream().map(r -> new Problem.FieldError("line " + r.line()
                            + (r.field() != null ? " " + r.field() : ""), r.message())).toList());
        }
        LOG.infof("import into %s %s of brand %s by %s: %d interactions, %d changes, %d lines refused",
                account.platform().id(), account.accountId(), account.brand(), access.userName(), interactions, changes,
                refused[0]);
        return new ImportReport(lines, interactions, changes, refused[0], report);
    }

    /**
     * The import's items in batches of {@link #BATCH}, in the order of the file. A full batch is handed to Kafka at
     * once and the reading goes on while the broker acknowledges it; at most {@link #IN_FLIGHT} batches wait for
     * their acknowledgement, oldest first. An item counts as imported only once its batch and every batch before it
     * were acknowledged, so the count a failure reports is a prefix of the file that is durable.
     */
    private final class Batches {
        private final ChannelAccount account;
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private List<InteractionIntake.Heard> heard = new ArrayList<>(BATCH);
        private List<InteractionIntake.Changed> changed = new ArrayList<>();
        int interactions;
        int changes;

        private record Pending(InteractionIntake.Sent sent, int heard, int changed) {
        }

        Batches(ChannelAccount account) {
            this.account = account;
        }

        void add(GenericItems.Item item) {
            if (item.heard() != null) {
                heard.add(item.heard());
            } else {
                changed.add(item.changed());
            }
            if (heard.size() + changed.size() >= BATCH) {
                flush();
            }
        }

        /** Hands the batch read so far to Kafka; waits for the oldest batch when too many are unacknowledged. */
        void flush() {
            if (heard.isEmpty() && changed.isEmpty()) {
                return;
            }
            InteractionIntake.Sent sent = intake.send(new InteractionIntake.Delivery(account.platform(), heard, changed,
                    List.of()));
            inFlight.add(new Pending(sent, heard.size(), changed.size()));
            heard = new ArrayList<>(BATCH);
            changed = new ArrayList<>();
            while (inFlight.size() > IN_FLIGHT) {
                settle(inFlight.poll());
            }
        }

        void settleAll() {
            while (!inFlight.isEmpty()) {
                settle(inFlight.poll());
            }
        }

        int durable() {
            return interactions + changes;
        }

        private void settle(Pending pending) {
            try {
                pending.sent().await();
            } catch (EventPublisher.PublishFailedException e) {
                inFlight.clear();
                throw new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not acknowledge; the first "
                        + durable() + " items are durable; send the file again (items already imported are not "
                        + "duplicated)");
            }
            interactions += pending.heard();
            changes += pending.changed();
        }
    }

    private ChannelAccount account(String id) {
        ChannelRow row = service.visible(id, access);
        return channels.find(io.parley.contracts.Platform.fromId(row.platform), row.accountId)
                .orElseThrow(() -> ProblemException.conflict("the channel account is paused; enable it first"));
    }

    @Schema(name = "ImportReport")
    public record ImportReport(
            @Schema(description = "lines read, blank ones included") int lines,
            @Schema(description = "new interactions made durable") int interactions,
            @Schema(description = "edits, hides and deletes made durable") int changes,
            @Schema(description = "lines refused") int refused,
            @Schema(description = "the first 100 refused lines, with why") List<RefusedLine> refusedLines) {
    }

    @Schema(name = "RefusedLine")
    public record RefusedLine(int line, String field, String message) {
    }
}
