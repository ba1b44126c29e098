package io.parley.analytics.publishing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EngagementRateTest {

    @Test
    void reachIsTheBaseWhereTheNetworkCountsIt() {
        EngagementRate.Rate rate = EngagementRate.of(new EngagementRate.Sums(2875L, 4210L, null, 180));
        assertEquals(EngagementRate.Base.reach, rate.base());
        assertEquals(2875L, rate.baseValue());
        assertEquals(0.0626, rate.rate());
    }

    @Test
    void withoutReachImpressionsThenViews() {
        assertEquals(EngagementRate.Base.impressions,
                EngagementRate.of(new EngagementRate.Sums(null, 1000L, null, 50)).base());
        EngagementRate.Rate youtube = EngagementRate.of(new EngagementRate.Sums(null, null, 7920L, 222));
        assertEquals(EngagementRate.Base.views, youtube.base());
        assertEquals(0.028, youtube.rate());
    }

    @Test
    void noBaseOrAZeroBaseIsNoRate() {
        EngagementRate.Rate none = EngagementRate.of(new EngagementRate.Sums(null, null, null, 12));
        assertNull(none.rate());
        assertNull(none.base());
        EngagementRate.Rate zero = EngagementRate.of(new EngagementRate.Sums(0L, null, null, 0));
        assertNull(zero.rate());
        assertEquals(EngagementRate.Base.reach, zero.base());
    }

    @Test
    void engagementsAddClickThroughsAndIgnoreCountersTheNetworkLacks() {
        assertEquals(96 + 14 + 9 + 61, EngagementRate.engagements(96L, 14L, 9L, 61));
        assertEquals(190 + 32, EngagementRate.engagements(190L, 32L, null, 0));
    }
}
