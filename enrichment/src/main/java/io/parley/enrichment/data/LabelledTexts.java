package io.parley.enrichment.data;

import io.parley.enrichment.MomentOfTruth;
import io.parley.enrichment.Sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled texts from tab-separated class-path resources, one text a line:
 * {@code language  moment  sentiment  abusive  spam  text}; moment is {@code -} for spam, abusive and spam are 0 or 1.
 * Lines starting with {@code #} and the header line (starting with {@code language}) are skipped.
 */
public final class LabelledTexts {

    private LabelledTexts() {
    }

    public static List<LabelledText> read(String resource) {
        InputStream in = LabelledTexts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("labelled texts not found on the class path: " + resource);
        }
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
                    continue;
                }
                texts.add(parse(line, resource + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return texts;
    }

    public static List<LabelledText> readAll(String folder, List<String> files) {
        List<LabelledText> all = new ArrayList<>();
        for (String file : files) {
            all.addAll(read(folder + "/" + file));
        }
        return all;
    }

    static LabelledText parse(String line, String source) {
        String[] cells = line.split("\t", 6);
        if (cells.length != 6 || cells[5].isBlank()) {
            throw new IllegalArgumentException(source + ": expected 6 tab-separated cells "
                    + "(language, moment, sentiment, abusive, spam, text), got " + cells.length);
        }
        try {
            MomentOfTruth moment = cells[1].equals("-") ? null : MomentOfTruth.valueOf(cells[1]);
            return new LabelledText(cells[0], moment, Sentiment.valueOf(cells[2]), flag(cells[3], source),
                    flag(cells[4], source), cells[5].strip(), source);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(source)) {
                throw e;
            }
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static boolean flag(String cell, String source) {
        return switch (cell) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException(source + ": a flag is 0 or 1, got '" + cell + "'");
        };
    }
}
