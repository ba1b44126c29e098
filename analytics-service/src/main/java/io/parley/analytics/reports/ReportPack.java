package io.parley.analytics.reports;

import io.parley.analytics.care.CareFigures;
import io.parley.analytics.care.CareQuery;
import io.parley.analytics.care.Dimension;
import io.parley.analytics.care.HoursCounted;
import io.parley.analytics.contacts.ContactLedger;
import io.parley.analytics.publishing.PublishingReports;
import io.parley.platform.time.TimeWindow;
import io.parley.analytics.timeline.Timelines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a brand's report pack for a window: the figures from the same query classes the screens' endpoints use
 * ({@link CareFigures}, {@link ContactLedger}, {@link PublishingReports}, {@link Timelines}), the period's commentary,
 * then the PDF.
 */
@ApplicationScoped
public class ReportPack {

    @Inject
    CareFigures care;

    @Inject
    ContactLedger contacts;

    @Inject
    PublishingReports publishing;

    @Inject
    Timelines timelines;

    @Inject
    CommentaryStore commentary;

    @Inject
    PdfRenderer pdf;

    @Inject
    ReportsConfig config;

    public PackFigures figures(String brand, TimeWindow window, HoursCounted hours, Instant now) {
        CareQuery query = new CareQuery(brand, window, Map.of());
        return new PackFigures(brand, window.from(), window.to(), hours.id(), now,
                care.figures(query, Dimension.CHANNEL, hours, now),
                care.figures(query, Dimension.TEAM, hours, now),
                care.figures(query, Dimension.AGENT, hours, now),
                contacts.count(brand, window),
                publishing.byChannel(brand, window),
                timelines.of(brand, Optional.empty(), window),
                commentary.of(brand, window));
    }

    /** The PDF of the brand's pack for the window, in the language. */
    public byte[] pdf(String brand, TimeWindow window, HoursCounted hours, ReportLanguage language, Instant now) {
        return pdf.render(PackHtml.render(figures(brand, window, hours, now), language, config.packRows()));
    }
}
