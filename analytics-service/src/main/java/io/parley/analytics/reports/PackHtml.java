package io.parley.analytics.reports;

import io.parley.analytics.care.Care;
import io.parley.analytics.contacts.Contacts;
import io.parley.analytics.publishing.Publishing;
import io.parley.analytics.timeline.Timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Writes a report pack as XHTML for the PDF renderer: a cover with the summary, the meaningful contacts above the
 * follower counts, the care figures per channel, team and agent, the publishing figures, and the moments of truth and
 * sentiment per day with the incidents marked — each section with its commentary slot. Charts are CSS bars (block
 * widths and heights the renderer lays out exactly), not images. Pure: figures in, text out.
 */
final class PackHtml {

    private static final String[] MOMENTS = {"complaint", "question", "suggestion", "praise", "unclassified"};
    private static final String[] SENTIMENTS = {"positive", "neutral", "negative"};
    private static final Map<String, String> COLOURS = Map.of("complaint", "#c0392b", "question", "#2471a3",
            "suggestion", "#b9770e", "praise", "#1e8449", "unclassified", "#7f8c8d", "positive", "#1e8449",
            "neutral", "#7f8c8d", "negative", "#c0392b");
    /** The most columns a timeline chart draws; a longer window is drawn per week. */
    private static final int MOST_COLUMNS = 62;
    private static final int CHART_HEIGHT = 90;

    private PackHtml() {
    }

    static String render(PackFigures f, ReportLanguage l, int rows) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(l.id()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(l.word("report.title")))
                .append(" — ").append(esc(f.brand())).append("</title><style>").append(CSS).append("</style></head><body>");
        cover(h, f, l);
        care(h, f, l, rows);
        publishing(h, f, l);
        timeline(h, f, l);
        h.append("</body></html>");
        return h.toString();
    }

    private static void cover(StringBuilder h, PackFigures f, ReportLanguage l) {
        h.append("<div class=\"cover\"><p class=\"brand\">").append(esc(f.brand())).append("</p><h1>")
                .append(esc(l.word("report.title"))).append("</h1><p class=\"period\">")
                .append(esc(l.word("report.period"))).append(": ").append(esc(period(f.from(), f.to(), l)))
                .append("</p><p class=\"muted\">").append(esc(l.word("report.generated"))).append(": ")
                .append(esc(l.date(f.generatedAt()))).append(" · ")
                .append(esc(l.word("business".equals(f.hours()) ? "report.hours.business" : "report.hours.all")))
                .append("</p></div>");
        commentary(h, f, l, "summary", "section.summary");
        // Meaningful contacts come first, above any follower count (seed 001).
        Contacts.View c = f.contacts();
        h.append("<h2>").append(esc(l.word("section.contacts"))).append("</h2><p class=\"muted\">")
                .append(esc(l.word("contacts.lead"))).append("</p>");
        long[] counts = {c.questionsAnswered(), c.complaintsSettled(), c.suggestionsPassedOn(), c.advocatesGained(),
                c.recommendationsRequested()};
        String[] keys = {"contacts.questionsAnswered", "contacts.complaintsSettled", "contacts.suggestionsPassedOn",
                "contacts.advocatesGained", "contacts.recommendationsRequested"};
        long most = max(counts);
        h.append("<table class=\"figures\">");
        for (int i = 0; i < counts.length; i++) {
            h.append("<tr><td class=\"label\">").append(esc(l.word(keys[i]))).append("</td><td class=\"num big\">")
                    .append(l.number(counts[i])).append("</td><td class=\"barcell\">").append(bar(counts[i], most,
                            "#1e8449")).append("</td></tr>");
        }
        h.append("</table>");
        commentary(h, f, l, "contacts", null);
        // Then the follower counts, per channel account.
        h.append("<h2>").append(esc(l.word("section.followers"))).append("</h2>");
        List<Publishing.ChannelFigures> withFollowers = f.publishing().channels().stream()
                .filter(ch -> !ch.followers().isEmpty()).toList();
        if (withFollowers.isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(l.word("nothing"))).append("</p>");
        } else {
            h.append("<table class=\"grid\"><tr><th>").append(esc(l.word("col.channel"))).append("</th><th class=\"num\">")
                    .append(esc(l.word("col.followers"))).append("</th><th class=\"num\">")
                    .append(esc(l.word("col.followerGrowth"))).append("</th></tr>");
            for (Publishing.ChannelFigures ch : withFollowers) {
                Publishing.FollowerDay last = ch.followers().get(ch.followers().size() - 1);
                h.append("<tr><td>").append(esc(channelName(ch))).append("</td><td class=\"num\">")
                        .append(l.number(last.followers())).append("</td><td class=\"num\">")
                        .append(ch.followerGrowth() == null ? "—" : signed(ch.followerGrowth(), l))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
    }

    private static void care(StringBuilder h, PackFigures f, ReportLanguage l, int rows) {
        h.append("<h2 class=\"newpage\">").append(esc(l.word("section.care"))).append("</h2>");
        careTable(h, f.perChannel(), l, "section.care.channel", rows);
        careTable(h, f.perTeam(), l, "section.care.team", rows);
        careTable(h, f.perAgent(), l, "section.care.agent", rows);
        commentary(h, f, l, "care", null);
    }

    private static void careTable(StringBuilder h, Care.View v, ReportLanguage l, String title, int rows) {
        h.append("<h3>").append(esc(l.word(title))).append("</h3>");
        h.append("<table class=\"grid care\"><tr><th>").append(esc(l.word("col.group"))).append("</th>");
        for (String col : List.of("col.conversations", "col.responseRate", "col.ttfrMedian", "col.ttfrP90",
                "col.withinTarget", "col.resolutionMedian", "col.reopened")) {
            h.append("<th class=\"num\">").append(esc(l.word(col))).append("</th>");
        }
        h.append("</tr>");
        List<Care.Group> groups = v.groups();
        for (Care.Group g : groups.subList(0, Math.min(rows, groups.size()))) {
            careRow(h, g.value() == null ? l.word("none") : g.value(), g, l, false);
        }
        careRow(h, l.word("total"), v.total(), l, true);
        h.append("</table>");
        if (groups.size() > rows) {
            h.append("<p class=\"muted\">").append(esc(l.word("rows.more", rows, groups.size()))).append("</p>");
        }
    }

    private static void careRow(StringBuilder h, String name, Care.Group g, ReportLanguage l, boolean total) {
        h.append(total ? "<tr class=\"total\">" : "<tr>").append("<td>").append(esc(name)).append("</td><td class=\"num\">")
                .append(l.number(g.conversations())).append("</td><td class=\"num\">")
                .append(l.percent(g.responseRate().value())).append("</td><td class=\"num\">")
                .append(esc(l.duration(g.timeToFirstResponse().medianSeconds()))).append("</td><td class=\"num\">")
                .append(esc(l.duration(g.timeToFirstResponse().p90Seconds()))).append("</td><td class=\"num\">")
                .append(l.percent(g.withinTarget().value()))
                .append(shareBar(g.withinTarget().value())).append("</td><td class=\"num\">")
                .append(esc(l.duration(g.resolution().medianSeconds()))).append("</td><td class=\"num\">")
                .append(l.percent(g.reopened().value())).append("</td></tr>");
    }

    private static void publishing(StringBuilder h, PackFigures f, ReportLanguage l) {
        Publishing.Report p = f.publishing();
        h.append("<h2 class=\"newpage\">").append(esc(l.word("section.publishing"))).append("</h2>");
        h.append("<table class=\"grid\"><tr><th>").append(esc(l.word("col.channel"))).append("</th>");
        for (String col : List.of("col.posts", "col.impressions", "col.reach", "col.reactions", "col.comments",
                "col.shares", "col.clickThroughs", "col.engagements", "col.engagementRate")) {
            h.append("<th class=\"num\">").append(esc(l.word(col))).append("</th>");
        }
        h.append("</tr>");
        for (Publishing.ChannelFigures ch : p.channels()) {
            publishingRow(h, channelName(ch), ch.figures(), l, false);
        }
        publishingRow(h, l.word("total"), p.totals(), l, true);
        h.append("</table>");
        long most = p.channels().stream().mapToLong(ch -> ch.figures().engagements()).max().orElse(0);
        if (most > 0) {
            h.append("<h3>").append(esc(l.word("col.engagements"))).append("</h3><table class=\"figures\">");
            for (Publishing.ChannelFigures ch : p.channels()) {
                h.append("<tr><td class=\"label\">").append(esc(channelName(ch))).append("</td><td class=\"num\">")
                        .append(l.number(ch.figures().engagements())).append("</td><td class=\"barcell\">")
                        .append(bar(ch.figures().engagements(), most, "#2471a3")).append("</td></tr>");
            }
            h.append("</table>");
        }
        commentary(h, f, l, "publishing", null);
    }

    private static void publishingRow(StringBuilder h, String name, Publishing.Figures x, ReportLanguage l,
            boolean total) {
        h.append(total ? "<tr class=\"total\">" : "<tr>").append("<td>").append(esc(name)).append("</td>");
        for (Long n : new Long[] {x.posts(), x.impressions(), x.reach(), x.reactions(), x.comments(), x.shares(),
                x.clickThroughs(), x.engagements()}) {
            h.append("<td class=\"num\">").append(n == null ? "—" : l.number(n)).append("</td>");
        }
        h.append("<td class=\"num\">").append(l.percent(x.engagementRate()));
        if (x.engagementRateBase() != null) {
            h.append(" <span class=\"muted\">").append(esc(l.word("base." + x.engagementRateBase()))).append("</span>");
        }
        h.append("</td></tr>");
    }

    private static void timeline(StringBuilder h, PackFigures f, ReportLanguage l) {
        Timeline.View t = f.timeline();
        h.append("<h2 class=\"newpage\">").append(esc(l.word("section.timeline"))).append("</h2>");
        List<Column> columns = columns(t.days());
        h.append("<h3>").append(esc(l.word("timeline.moments"))).append("</h3>");
        chart(h, columns, MOMENTS, l, "moment.");
        h.append("<h3>").append(esc(l.word("timeline.sentiment"))).append("</h3>");
        chart(h, columns, SENTIMENTS, l, "sentiment.");
        // The figures themselves, per day (or week), beside the bars.
        h.append("<table class=\"grid small\"><tr><th>").append(esc(l.word("col.day"))).append("</th>");
        for (String m : MOMENTS) {
            h.append("<th class=\"num\">").append(esc(l.word("moment." + m))).append("</th>");
        }
        for (String s : SENTIMENTS) {
            h.append("<th class=\"num\">").append(esc(l.word("sentiment." + s))).append("</th>");
        }
        h.append("<th></th></tr>");
        for (Column c : columns) {
            h.append("<tr><td>").append(esc(l.date(c.start))).append("</td>");
            for (String m : MOMENTS) {
                h.append("<td class=\"num\">").append(l.number(c.counts.get(m))).append("</td>");
            }
            for (String s : SENTIMENTS) {
                h.append("<td class=\"num\">").append(l.number(c.counts.get(s))).append("</td>");
            }
            h.append("<td class=\"incident\">").append(c.incident ? "▲" : "").append("</td></tr>");
        }
        h.append("</table>");
        h.append("<h3>").append(esc(l.word("timeline.incidents"))).append("</h3>");
        if (t.incidents().isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(l.word("timeline.noIncidents"))).append("</p>");
        } else {
            h.append("<p class=\"muted\">").append(esc(l.word("timeline.incidentMark"))).append("</p><ul>");
            for (Timeline.Incident i : t.incidents()) {
                h.append("<li><strong>").append(esc(i.title() == null ? "—" : i.title())).append("</strong> — ")
                        .append(esc(l.date(i.openedAt()))).append(" – ")
                        .append(esc(i.closedAt() == null ? l.word("timeline.open") : l.date(i.closedAt())));
                if (i.resolution() != null) {
                    h.append(": ").append(esc(i.resolution()));
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        commentary(h, f, l, "timeline", null);
    }

    /** One column of a chart: a day, or a week when the window has too many days to draw. */
    private record Column(Instant start, Map<String, Long> counts, boolean incident) {
    }

    private static List<Column> columns(List<Timeline.Day> days) {
        int per = days.size() > MOST_COLUMNS ? 7 : 1;
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < days.size(); i += per) {
            List<Timeline.Day> group = days.subList(i, Math.min(days.size(), i + per));
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            counts.put("complaint", sum(group, Timeline.Day::complaint));
            counts.put("question", sum(group, Timeline.Day::question));
            counts.put("suggestion", sum(group, Timeline.Day::suggestion));
            counts.put("praise", sum(group, Timeline.Day::praise));
            counts.put("unclassified", sum(group, Timeline.Day::unclassified));
            counts.put("positive", sum(group, Timeline.Day::positive));
            counts.put("neutral", sum(group, Timeline.Day::neutral));
            counts.put("negative", sum(group, Timeline.Day::negative));
            out.add(new Column(group.get(0).start(), counts, group.stream().anyMatch(d -> !d.incidents().isEmpty())));
        }
        return out;
    }

    private static long sum(List<Timeline.Day> days, ToLongFunction<Timeline.Day> f) {
        return days.stream().mapToLong(f).sum();
    }

    /** Stacked columns, one per day (or week), the incidents' days marked below; a legend after. */
    private static void chart(StringBuilder h, List<Column> columns, String[] series, ReportLanguage l,
            String prefix) {
        long most = columns.stream().mapToLong(c -> java.util.Arrays.stream(series).mapToLong(c.counts::get).sum())
                .max().orElse(0);
        if (columns.isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(l.word("nothing"))).append("</p>");
            return;
        }
        h.append("<table class=\"chart\"><tr>");
        for (Column c : columns) {
            h.append("<td class=\"col\" style=\"height:").append(CHART_HEIGHT).append("px\">");
            for (String s : series) {
                long n = c.counts.get(s);
                int px = most == 0 ? 0 : (int) Math.round((double) n * CHART_HEIGHT / most);
                if (px > 0) {
                    h.append("<div style=\"height:").append(px).append("px;background:").append(COLOURS.get(s))
                            .append("\"></div>");
                }
            }
            h.append("</td>");
        }
        h.append("</tr><tr>");
        for (Column c : columns) {
            h.append("<td class=\"mark\">").append(c.incident ? "▲" : "").append("</td>");
        }
        h.append("</tr></table><p class=\"legend\">");
        for (String s : series) {
            h.append("<span class=\"swatch\" style=\"background:").append(COLOURS.get(s)).append("\"></span> ")
                    .append(esc(l.word(prefix + s))).append("  ");
        }
        h.append(esc(l.date(columns.get(0).start))).append(" – ")
                .append(esc(l.date(columns.get(columns.size() - 1).start))).append("</p>");
    }

    private static void commentary(StringBuilder h, PackFigures f, ReportLanguage l, String slot, String title) {
        if (title != null) {
            h.append("<h2>").append(esc(l.word(title))).append("</h2>");
        }
        String text = f.commentary().slots().stream().filter(s -> s.slot().equals(slot)).map(Reports.Slot::text)
                .findFirst().orElse(null);
        h.append("<div class=\"commentary\"><p class=\"label\">").append(esc(l.word("section.commentary")))
                .append("</p>");
        if (text == null) {
            h.append("<p class=\"muted\">").append(esc(l.word("commentary.none"))).append("</p>");
        } else {
            for (String para : text.split("\\R\\s*\\R")) {
                h.append("<p>").append(esc(para).replaceAll("\\R", "<br/>")).append("</p>");
            }
        }
        h.append("</div>");
    }

    private static String bar(long n, long most, String colour) {
        int width = most == 0 ? 0 : (int) Math.round(100.0 * n / most);
        return "<div class=\"bar\"><div class=\"fill\" style=\"width:" + width + "%;background:" + colour
                + "\"></div></div>";
    }

    private static String shareBar(Double share) {
        if (share == null) {
            return "";
        }
        return "<div class=\"bar thin\"><div class=\"fill\" style=\"width:" + Math.round(share * 100)
                + "%;background:#1e8449\"></div></div>";
    }

    private static String channelName(Publishing.ChannelFigures ch) {
        String id = ch.channelAccountId();
        return ch.platform() + " · " + (id.length() > 12 ? id.substring(0, 8) + "…" : id);
    }

    private static String signed(long n, ReportLanguage l) {
        return (n > 0 ? "+" : "") + l.number(n);
    }

    private static long max(long[] values) {
        long most = 0;
        for (long v : values) {
            most = Math.max(most, v);
        }
        return most;
    }

    /** The period as dates: [from, to) shown as from's day to the last day inside the window. */
    static String period(Instant from, Instant to, ReportLanguage l) {
        Instant lastDay = to.minus(1, ChronoUnit.SECONDS);
        return l.date(from) + " – " + l.date(lastDay);
    }

    /** Text for XHTML, with characters the embedded font cannot draw (emoji) replaced by a neutral mark. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') {
                        return;
                    }
                    out.appendCodePoint(Glyphs.drawable(cp) ? cp : Glyphs.REPLACEMENT);
                }
            }
        });
        return out.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 18mm 14mm 18mm 14mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt;
                color: #555; } }
            body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }
            h1 { font-size: 22pt; margin: 4mm 0 2mm 0; }
            h2 { font-size: 14pt; margin: 6mm 0 2mm 0; border-bottom: 1px solid #999; }
            h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
            .newpage { page-break-before: always; }
            .cover { border-left: 6px solid #2c3e91; padding-left: 5mm; margin-bottom: 6mm; }
            .brand { font-size: 12pt; font-weight: bold; color: #2c3e91; margin: 0; }
            .period { font-size: 11pt; margin: 0; }
            .muted { color: #555; }
            table { border-collapse: collapse; width: 100%; }
            table.grid th, table.grid td { border-bottom: 1px solid #ddd; padding: 1.2mm 1mm; }
            table.grid th { text-align: left; font-size: 8pt; color: #333; }
            table.small td, table.small th { font-size: 7pt; padding: 0.6mm 1mm; }
            .num { text-align: right; }
            .big { font-size: 12pt; font-weight: bold; width: 25mm; }
            tr.total td { font-weight: bold; border-top: 1px solid #333; }
            table.figures td { padding: 1mm; }
            td.label { width: 70mm; }
            td.barcell { width: 80mm; }
            .bar { height: 3.5mm; background: #eee; width: 100%; }
            .bar.thin { height: 1.2mm; margin-top: 0.5mm; }
            .fill { height: 100%; }
            table.chart { table-layout: fixed; }
            table.chart td.col { vertical-align: bottom; padding: 0 0.3mm; border-bottom: 1px solid #333; }
            table.chart td.mark { text-align: center; color: #c0392b; font-size: 7pt; height: 4mm; }
            td.incident { color: #c0392b; text-align: center; }
            .legend { font-size: 8pt; }
            .swatch { display: inline-block; width: 3mm; height: 3mm; }
            .commentary { border: 1px solid #c5cae9; background: #f4f5fb; padding: 2mm 3mm; margin-top: 3mm; }
            .commentary .label { font-weight: bold; margin: 0 0 1mm 0; }
            """;
}
