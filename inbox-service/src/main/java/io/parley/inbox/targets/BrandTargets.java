package io.parley.inbox.targets;

import io.parley.contracts.Platform;

import java.util.Map;

/** A brand's first-response targets as the standards catalogue last published them. */
public record BrandTargets(String brand, long version, int defaultMinutes, Map<Platform, Integer> perPlatform) {
}
