package io.parley.ingest.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When events were heard for each channel account, kept in memory until the next health scan writes them
 * ({@link ChannelHealth#arrived}): the webhook's hot path never waits on the database. One arrival per delivery
 * (a webhook, a page of a poll, an import), since a burst of comments in one delivery says nothing about the pace.
 * Several replicas each keep their own and merge them at their scans.
 */
@ApplicationScoped
public class EventArrivals {

    private final Map<UUID, TreeSet<Instant>> pending = new ConcurrentHashMap<>();

    public void heard(UUID channelId, Instant at) {
        pending.compute(channelId, (id, times) -> {
            TreeSet<Instant> t = times == null ? new TreeSet<>() : times;
            t.add(at);
            return t;
        });
    }

    /** Everything heard since the last call, oldest first per account. */
    Map<UUID, List<Instant>> drain() {
        Map<UUID, List<Instant>> out = new java.util.HashMap<>();
        for (UUID id : List.copyOf(pending.keySet())) {
            TreeSet<Instant> times = pending.remove(id);
            if (times != null) {
                out.put(id, new ArrayList<>(times));
            }
        }
        return out;
    }
}
