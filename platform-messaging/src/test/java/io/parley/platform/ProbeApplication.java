package io.parley.platform;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.posts.PostDrafted;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A tiny application that exercises the platform pieces the way a service does. */
public final class ProbeApplication {

    private ProbeApplication() {
    }

    /** A domain change plus its event, committed together — or, when asked to fail, neither. */
    @ApplicationScoped
    public static class ProbeChanges {
        @Inject
        EntityManager em;
        @Inject
        Outbox outbox;
        @Inject
        ProcessedEvents processed;

        @Transactional
        public void change(UUID id, String note, boolean failAfterwards) {
            em.createNativeQuery("INSERT INTO probe_change (id, note) VALUES (?1, ?2)")
                    .setParameter(1, id).setParameter(2, note).executeUpdate();
            outbox.add(id.toString(), Event.of(id, "probe", "acme", id.toString(), Instant.now(), Instant.now(),
                    new PostDrafted(id, Platform.FACEBOOK, "probe", note, Instant.now(), "probe")));
            if (failAfterwards) {
                throw new IllegalStateException("the change fails after the event was added");
            }
        }

        /** Several changes, their events kept by the outbox and written in one batch — unless forgotten. */
        @Transactional
        public void changes(List<UUID> ids, String note, boolean forgetToWrite) {
            outbox.buffer();
            for (UUID id : ids) {
                em.createNativeQuery("INSERT INTO probe_change (id, note) VALUES (?1, ?2)")
                        .setParameter(1, id).setParameter(2, note).executeUpdate();
                outbox.add(id.toString(), Event.of(id, "probe", "acme", id.toString(), Instant.now(), Instant.now(),
                        new PostDrafted(id, Platform.FACEBOOK, "probe", note, Instant.now(), "probe")));
            }
            if (!forgetToWrite) {
                outbox.writeBuffered();
            }
        }

        @Transactional
        public Set<UUID> claimAll(String consumer, List<UUID> eventIds) {
            return processed.claimAll(consumer, eventIds);
        }

        @Transactional
        public long count(UUID id) {
            return ((Number) em.createNativeQuery("SELECT count(*) FROM probe_change WHERE id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue();
        }

        @Transactional
        public long pendingOutbox() {
            return ((Number) em.createNativeQuery("SELECT count(*) FROM parley_outbox").getSingleResult())
                    .longValue();
        }
    }

    public record Greeting(@NotBlank @Size(max = 10) String text) {
    }

    public enum Kind {
        REFUND, VOUCHER
    }

    public record Line(String sku, int quantity) {
    }

    /** A body with one field of each kind the services take. */
    public record Order(String text, long amountMinor, java.math.BigDecimal amount, Double ratio, Instant at,
            java.time.LocalDate day, List<String> tags, Kind kind, List<Line> lines,
            java.util.Map<String, String> labels, boolean urgent) {
    }

    @Path("/api/probe")
    public static class ProbeResource {
        @Inject
        BrandAccess brands;

        @GET
        @Path("/brands")
        public Set<String> brands() {
            return brands.brands();
        }

        /** No check of its own: the brand in the path is checked before it runs (BrandInPath). */
        @GET
        @Path("/brands/{brand}")
        @RolesAllowed("agent")
        public String brand(@PathParam("brand") String brand) {
            return brand;
        }

        @POST
        @Path("/brands/{brand}/greetings")
        @RolesAllowed("agent")
        public Greeting brandGreeting(@PathParam("brand") String brand, @Valid Greeting greeting) {
            return greeting;
        }

        @GET
        @Path("/conflict")
        public String conflict(@QueryParam("who") String who) {
            throw ProblemException.conflict(who + " is already answering");
        }

        @POST
        @Path("/greetings")
        public Greeting greet(@Valid Greeting greeting) {
            return greeting;
        }

        @POST
        @Path("/orders")
        public Order order(Order order) {
            return order;
        }

        @POST
        @Path("/documents")
        public com.fasterxml.jackson.databind.JsonNode document(com.fasterxml.jackson.databind.JsonNode document) {
            return document;
        }

        @GET
        @Path("/items/{id}")
        public String item(@PathParam("id") UUID id, @QueryParam("limit") @jakarta.ws.rs.DefaultValue("20") int limit,
                @QueryParam("since") Instant since, @QueryParam("all") boolean all, @QueryParam("who") String who) {
            return id + " " + limit + " " + since + " " + all + " " + who;
        }

        @GET
        @Path("/bug")
        public String bug() {
            throw new IllegalStateException("secret internals");
        }
    }
}
