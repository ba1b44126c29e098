package io.parley.devstack.stack;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.StableIds;
import io.parley.contracts.listening.CompetitorPostObserved;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The demo's competitor: six weeks of Globex's newsroom posts, as listening would have read them from Globex's public
 * feed, so the calendar's cadence shows acme's plan beside Globex's observed cadence. The local stack has no
 * competitor's feed on the web to read, so the posts are published as ingest-service publishes them
 * ({@code CompetitorPostObserved}) from a source named as demo data; the ids derive from each post's date, so loading
 * the demo again adds only the days since.
 */
final class DemoCompetitors {

    static final String SOURCE_NAME = "Globex newsroom (demo data)";
    static final String FEED_URL = "https://globex.example/newsroom/feed.xml";
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final int DAYS = 42;

    private DemoCompetitors() {
    }

    /** The posts: three mornings and two evenings a week, and a midday post every third day. */
    static List<CompetitorPostObserved> posts(Instant now) {
        UUID source = StableIds.of("demo-source", "acme", "globex-newsroom");
        List<CompetitorPostObserved> posts = new ArrayList<>();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        for (LocalDate day = today.minusDays(DAYS); !day.isAfter(today); day = day.plusDays(1)) {
            List<LocalTime> times = new ArrayList<>();
            DayOfWeek dow = day.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY) {
                times.add(LocalTime.of(9, 30));
            }
            if (dow == DayOfWeek.TUESDAY || dow == DayOfWeek.THURSDAY) {
                times.add(LocalTime.of(18, 0));
            }
            if (day.getDayOfYear() % 3 == 0) {
                times.add(LocalTime.of(12, 15));
            }
            for (LocalTime t : times) {
                Instant at = day.atTime(t).atZone(ZONE).toInstant();
                if (at.isAfter(now)) {
                    continue;
                }
                String entry = "tag:globex.example,demo:" + day + "T" + t;
                posts.add(new CompetitorPostObserved(StableIds.of("competitor-post", source.toString(), entry),
                        "globex", source, SOURCE_NAME, FEED_URL, entry,
                        "https://globex.example/newsroom/" + day + "-" + t.getHour(), at, "Globex news, " + day));
            }
        }
        return posts;
    }

    /** Publishes them for acme on their topic and waits for the broker. */
    static int publish(String kafka, Instant now) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<CompetitorPostObserved> posts = posts(now);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (CompetitorPostObserved p : posts) {
                Event<CompetitorPostObserved> event = Event.of(p.postId(), "ingest-service", "acme",
                        p.sourceChannelId().toString(), p.publishedAt(), now, p);
                sent.add(producer.send(new ProducerRecord<>(event.topic(), null, p.sourceChannelId().toString(),
                        EventJson.toBytes(event), List.of(header("ce_id", event.id().toString()),
                        header("ce_type", event.type()),
                        header("content-type", "application/cloudevents+json; charset=UTF-8")))));
            }
            for (Future<?> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        return posts.size();
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
