package io.parley.inbox;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.devstack.Tokens;
import io.parley.testsupport.EventTail;
import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Retries with an Idempotency-Key, and what reached the channel gateway (parley.outbound.v1) because of them. */
public final class IdempotencyScenarios {

    /** How long late outbound actions get to show up before they are counted. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    private IdempotencyScenarios() {
    }

    /**
     * How many outbound actions matching reached the gateway: waits for the first one, then gives a second one the time
     * the outbox needs to publish it (a retry that acted again would show here).
     */
    public static long outboundActions(EventTail outbound, Predicate<OutboundActionRequested> matching) {
        await().atMost(InboxScenarios.WAIT).until(() -> count(outbound, matching) > 0);
        long until = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < until) {
            outbound.records();
        }
        return count(outbound, matching);
    }

    private static long count(EventTail outbound, Predicate<OutboundActionRequested> matching) {
        return outbound.records().stream().map(r -> {
            try {
                return EventJson.fromBytes(r.value());
            } catch (EventJson.UnreadableEventException e) {
                return (Event<Payload>) null;
            }
        }).filter(e -> e != null && e.data() instanceof OutboundActionRequested o && matching.test(o)).count();
    }

    /** The same POST (body JSON, same key) sent twice at the same moment by one user, as real concurrent requests. */
    public static List<HttpResponse<String>> twiceAtOnce(String user, String path, String key, String json)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + path);
        String token = Tokens.bearer(Tokens.forUser(user));
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", token)
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
                sent.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
