package io.parley.bench;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.generic.GenericItems;
import io.parley.ingest.generic.NdjsonItems;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportBenchmarkTest {

    @Test
    void theGeneratedBodyIsOneGoodItemPerLineAsTheGatewayReadsIt() throws Exception {
        byte[] body = ImportBenchmark.ndjson("r1", 0, 100);
        List<GenericItems.Item> items = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int lines = NdjsonItems.read(new ByteArrayInputStream(body), new ChannelAccount(Platform.FORUM, "bench", "bench-import", ChannelMode.sandbox),
                new NdjsonItems.Sink() {
                    @Override
                    public void item(int line, GenericItems.Item item) {
                        items.add(item);
                    }

                    @Override
                    public void refused(int line, String field, String message) {
                        refused.add(line + " " + field + " " + message);
                    }
                });
        assertEquals(100, lines);
        assertEquals(List.of(), refused);
        assertEquals(100, items.size());
        assertTrue(items.stream().allMatch(i -> i.heard() != null));
        // threads of five: a comment, then replies to it; the texts in four languages keep their letters and emoji
        assertEquals("r1-t0", items.get(4).heard().interaction().threadId());
        assertEquals("r1-p0", items.get(4).heard().interaction().parentId());
        assertTrue(items.stream().anyMatch(i -> i.heard().interaction().text().contains("Заказ")));
        assertTrue(items.stream().anyMatch(i -> i.heard().interaction().text().contains("παραγγελία")));
        assertTrue(items.stream().anyMatch(i -> i.heard().interaction().text().contains("Zamówienie")));
        assertTrue(items.stream().anyMatch(i -> i.heard().interaction().text().contains("😡")));
    }
}
