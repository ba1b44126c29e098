package io.parley.analytics.publishing;

import io.parley.platform.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The publishing figures as the endpoint answers them, composed from {@link PublishingStore}'s queries: the totals
 * and each channel account's, with followers per day. One composition for the endpoint and the report pack; the posts
 * are a list of their own ({@link PublishingStore#posts}).
 */
@ApplicationScoped
public class PublishingReports {

    private static final Publishing.Figures NONE = new Publishing.Figures(0, null, null, null, null, null, null, 0, 0,
            null, null, null);

    @Inject
    PublishingStore store;

    /** Every post's totals and each channel account's (also those with follower readings only). */
    public Publishing.Report byChannel(String brand, TimeWindow window) {
        // one query: each channel account's figures and, under ALL_CHANNELS, the totals
        Map<List<String>, Publishing.Figures> perChannel = new LinkedHashMap<>(store.figures(brand, window, true));
        Publishing.Figures totals = Optional.ofNullable(perChannel.remove(PublishingStore.ALL_CHANNELS)).orElse(NONE);
        Map<List<String>, List<Object[]>> followers = store.followerDays(brand, window);
        boolean weekly = Publishing.followersWeekly(window);
        Set<List<String>> channels = new LinkedHashSet<>(perChannel.keySet());
        channels.addAll(followers.keySet());
        List<Publishing.ChannelFigures> out = new ArrayList<>();
        for (List<String> channel : channels) {
            Publishing.Figures f = perChannel.getOrDefault(channel, NONE);
            List<Object[]> days = followers.getOrDefault(channel, List.of());
            out.add(new Publishing.ChannelFigures(channel.get(0), channel.get(1), f, followerDays(days, window, weekly),
                    days.size() >= 2 ? (long) days.get(days.size() - 1)[1] - (long) days.get(0)[1] : null,
                    href(brand, window, channel.get(0))));
        }
        return new Publishing.Report(brand, window.from(), window.to(), Publishing.ENGAGEMENTS, Publishing.RATE,
                totals, out, weekly ? "week" : "day", href(brand, window, null));
    }

    /**
     * The days of the window with a count, each with its change since the reading before it; weekly (a window longer
     * than {@link Publishing#DAILY_FOLLOWERS_UP_TO}): only each UTC week's (Monday to Sunday) last reading, its change
     * since the point before it.
     */
    static List<Publishing.FollowerDay> followerDays(List<Object[]> days, TimeWindow window, boolean weekly) {
        LocalDate first = LocalDate.ofInstant(window.from(), ZoneOffset.UTC);
        List<Publishing.FollowerDay> out = new ArrayList<>();
        Long before = null;
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = (LocalDate) days.get(i)[0];
            long count = (long) days.get(i)[1];
            if (day.isBefore(first)) {
                before = count;
                continue;
            }
            if (weekly && i + 1 < days.size() && sameWeek(day, (LocalDate) days.get(i + 1)[0])) {
                continue; // not the week's last reading
            }
            out.add(new Publishing.FollowerDay(day, count, before == null ? null : count - before));
            before = count;
        }
        return out;
    }

    private static boolean sameWeek(LocalDate a, LocalDate b) {
        return a.with(java.time.DayOfWeek.MONDAY).equals(b.with(java.time.DayOfWeek.MONDAY));
    }

    private static String href(String brand, TimeWindow window, String channel) {
        return "/api/v1/brands/" + enc(brand) + "/analytics/publishing/posts?from=" + window.from() + "&to="
                + window.to() + (channel == null ? "" : "&channel=" + enc(channel));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
