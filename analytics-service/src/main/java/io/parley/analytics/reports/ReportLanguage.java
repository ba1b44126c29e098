package io.parley.analytics.reports;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A language a report is written in: its words ({@code reports/words_<id>.properties}) and its formats of dates and
 * numbers (the console's: day first, the language's separators).
 */
public enum ReportLanguage {
    EN("en", Locale.forLanguageTag("en-GB")),
    PL("pl", Locale.forLanguageTag("pl-PL")),
    EL("el", Locale.forLanguageTag("el-GR")),
    RU("ru", Locale.forLanguageTag("ru-RU"));

    private final String id;
    private final Locale locale;
    private final ResourceBundle words;

    ReportLanguage(String id, Locale locale) {
        this.id = id;
        this.locale = locale;
        this.words = ResourceBundle.getBundle("reports.words", id.equals("en") ? Locale.ROOT : Locale.forLanguageTag(id),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    /** The word for a key; with arguments, a {@link MessageFormat} pattern filled in. */
    public String word(String key, Object... args) {
        String text = words.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** A whole number with the language's grouping: 12 345 in Polish, 12,345 in English. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A share as a percentage with one decimal (0.875 → 87.5%). */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(share);
    }

    /** A date, day first (1 Nov 2026), in UTC. */
    public String date(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(at);
    }

    /** A length of time as its two largest units (2 h 5 min, 45 s); a dash when unknown. */
    public String duration(Double seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = Math.round(seconds);
        long[] parts = {s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60, s % 60};
        String[] units = {word("unit.d"), word("unit.h"), word("unit.min"), word("unit.s")};
        int first = 0;
        while (first < 3 && parts[first] == 0) {
            first++;
        }
        StringBuilder out = new StringBuilder(number(parts[first])).append(' ').append(units[first]);
        if (first < 3 && parts[first + 1] > 0) {
            out.append(' ').append(number(parts[first + 1])).append(' ').append(units[first + 1]);
        }
        return out.toString();
    }

    /** The {@code language} parameter or field: English when absent; another is a 400 naming the field. */
    public static ReportLanguage of(String field, String value) {
        if (value == null || value.isEmpty()) {
            return EN;
        }
        return Arrays.stream(values()).filter(l -> l.id.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "'" + Excerpt.of(value) + "' is not a report "
                        + "language; use one of " + Arrays.stream(values()).map(ReportLanguage::id)
                        .collect(Collectors.joining(", "))));
    }
}
