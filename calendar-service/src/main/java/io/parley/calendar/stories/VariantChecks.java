package io.parley.calendar.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.calendar.media.Media;
import io.parley.calendar.standards.Finding;
import io.parley.calendar.standards.Standards;
import io.parley.calendar.standards.StandardsClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A variant against the brand's standards (the checks engine, kind post): its text, its link as it goes out, and
 * its images with their licence and bytes. Findings an approver overrode carry the override.
 */
@ApplicationScoped
public class VariantChecks {

    @Inject
    Standards standards;

    public List<Finding> check(Variant v) {
        List<StandardsClient.Image> images = new ArrayList<>();
        for (UUID id : Json.readStrings(v.media).stream().map(UUID::fromString).toList()) {
            Media m = Media.findById(id);
            if (m != null) {
                images.add(new StandardsClient.Image(new StandardsClient.Licence(m.licence, m.author, m.source,
                        m.expiresAt),
                        m.data));
            }
        }
        List<String> links = v.trackedLink == null ? List.of() : List.of(v.trackedLink);
        List<Finding> findings = standards.check(v.brand, new StandardsClient.Draft("post", v.platform, v.text, links,
                List.of(), images, v.scheduledFor));
        Map<String, Finding.Override> overrides = overrides(v);
        return findings.stream().map(f -> overrides.containsKey(f.code()) ? f.overriddenBy(overrides.get(f.code())) : f)
                .toList();
    }

    public static Map<String, Finding.Override> overrides(Variant v) {
        return new LinkedHashMap<>(Json.read(v.overrides, new TypeReference<Map<String, Finding.Override>>() { }));
    }

    public static List<Finding> findings(Variant v) {
        return Json.read(v.findings, new TypeReference<List<Finding>>() { });
    }
}
