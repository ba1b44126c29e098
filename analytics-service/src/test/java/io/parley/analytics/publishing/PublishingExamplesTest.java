package io.parley.analytics.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publishing figures' OpenAPI examples are JSON, and the engagement rate they show is the one the API computes. */
class PublishingExamplesTest {

    @Test
    void everyExampleIsJsonAndItsRateIsTheApisOwn() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Field field : PublishingExamples.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                json.readTree((String) field.get(null));
                checked++;
            }
        }
        assertTrue(checked >= 3, "the report, the posts and the window problem");
        JsonNode report = json.readTree(PublishingExamples.BY_CHANNEL);
        assertEquals(Publishing.ENGAGEMENTS, report.path("engagements").asText());
        assertEquals(Publishing.RATE, report.path("engagementRate").asText());
        JsonNode li = report.path("channels").path(0).path("figures");
        EngagementRate.Rate rate = EngagementRate.of(new EngagementRate.Sums(li.path("reach").asLong(),
                li.path("impressions").asLong(), null, EngagementRate.engagements(li.path("reactions").asLong(),
                li.path("comments").asLong(), li.path("shares").asLong(), li.path("clickThroughs").asLong())));
        assertEquals(li.path("engagements").asLong(), EngagementRate.engagements(96L, 14L, 9L, 61));
        assertEquals(li.path("engagementRate").asDouble(), rate.rate());
        JsonNode totals = report.path("totals");
        assertEquals(totals.path("engagementRate").asDouble(), EngagementRate.of(new EngagementRate.Sums(
                totals.path("reach").asLong(), totals.path("impressions").asLong(), null,
                totals.path("engagements").asLong())).rate());
    }
}
