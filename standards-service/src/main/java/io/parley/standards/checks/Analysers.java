package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analysers that turn text into the tokens terms are matched on: per language, Lucene's tokeniser,
 * lower-casing and stemmer (English Porter, Polish Stempel, Greek, Russian Snowball), so that "darmowa"
 * and "darmowych" meet on one stem; and {@link #EXACT} for words as written (lower case only). Stop words
 * are kept: a phrase matches word after word. Lucene analysers are thread-safe; one set serves all.
 */
public final class Analysers {

    /** Lower case only, no stemming: for brand names and exact terms. */
    public static final Analyzer EXACT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream lower = new LowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, lower);
        }
    };

    private static final Map<Language, Analyzer> STEMMING = new EnumMap<>(Language.class);

    static {
        STEMMING.put(Language.EN, new EnglishAnalyzer(CharArraySet.EMPTY_SET));
        STEMMING.put(Language.PL, new PolishAnalyzer(CharArraySet.EMPTY_SET));
        STEMMING.put(Language.EL, new GreekAnalyzer(CharArraySet.EMPTY_SET));
        STEMMING.put(Language.RU, new RussianAnalyzer(CharArraySet.EMPTY_SET));
    }

    private Analysers() {
    }

    public static Analyzer stemming(Language language) {
        return STEMMING.get(language);
    }

    /** The tokens of a text: their terms and where each stands in the text (UTF-16 offsets). */
    public record Tokens(String[] terms, int[] starts, int[] ends) {
        public int size() {
            return terms.length;
        }
    }

    public static Tokens tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        int[] starts = new int[terms.size()];
        int[] ends = new int[terms.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
        return new Tokens(terms.toArray(String[]::new), starts, ends);
    }

    /** The terms of a phrase, as the analyser makes them. */
    public static String[] terms(Analyzer analyzer, String phrase) {
        return tokens(analyzer, phrase).terms();
    }
}
