package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Language;
import io.parley.standards.catalogue.Catalogue.MatchMode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the tokens terms are matched on. The text is tokenised once (Lucene's Unicode word
 * tokeniser, lower case); each language then stems the tokens written in its script with its stemmer
 * (English and Russian Snowball, Polish Stempel, Greek after Lucene's Greek normalisation), so that
 * "darmowa" and "darmowych" meet on one stem, and leaves other tokens as they are (they cannot match
 * a term of that language). Tokenising once and stemming only the tokens of a language's script keeps a
 * check of a mixed-language draft against four languages at one pass of the tokeniser.
 */
public final class Analysers {

    /** How a term is compared: words as written (lower case), or stems of one language. */
    public enum Stemming {
        EXACT, EN, PL, EL, RU;

        public static Stemming of(Language language, MatchMode mode) {
            if (mode == MatchMode.EXACT) {
                return EXACT;
            }
            return switch (language) {
                case EN -> EN;
                case PL -> PL;
                case EL -> EL;
                case RU -> RU;
            };
        }
    }

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream lower = new LowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, lower);
        }
    };

    // Stemmers keep state between calls: one per thread.
    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);
    private static final ThreadLocal<StempelStemmer> POLISH =
            ThreadLocal.withInitial(() -> new StempelStemmer(PolishAnalyzer.getDefaultTable()));
    private static final ThreadLocal<GreekStemmer> GREEK = ThreadLocal.withInitial(GreekStemmer::new);

    private Analysers() {
    }

    /** The tokens of a text: their terms and where each stands in the text (UTF-16 offsets). */
    public record Tokens(String[] terms, int[] starts, int[] ends) {
        public int size() {
            return terms.length;
        }
    }

    /** The words of a text, lower case, with their offsets. */
    public static Tokens words(String text) {
        List<String> terms = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        try (TokenStream stream = WORDS.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int i = terms.size();
                if (i == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, i * 2);
                    ends = java.util.Arrays.copyOf(ends, i * 2);
                }
                terms.add(term.toString());
                starts[i] = offset.startOffset();
                ends[i] = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return new Tokens(terms.toArray(String[]::new), java.util.Arrays.copyOf(starts, terms.size()),
                java.util.Arrays.copyOf(ends, terms.size()));
    }

    /** The words as one language compares them. */
    public static Tokens stemmed(Tokens words, Stemming stemming) {
        if (stemming == Stemming.EXACT) {
            return words;
        }
        String[] terms = new String[words.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = stem(stemming, words.terms()[i]);
        }
        return new Tokens(terms, words.starts(), words.ends());
    }

    /** The terms of a phrase, as a term of that language and mode is compared. */
    public static String[] terms(Stemming stemming, String phrase) {
        return stemmed(words(phrase), stemming).terms();
    }

    /** One lower-case word as a language compares it; words in another script stay as they are. */
    static String stem(Stemming stemming, String word) {
        Character.UnicodeScript script = scriptOf(word);
        switch (stemming) {
            case EN -> {
                if (script != Character.UnicodeScript.LATIN) {
                    return word;
                }
                String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
                return snowball(ENGLISH.get(), w);
            }
            case PL -> {
                if (script != Character.UnicodeScript.LATIN || word.length() <= 2) {
                    return word;
                }
                CharSequence stem = POLISH.get().stem(word);
                return stem == null || stem.isEmpty() ? word : stem.toString();
            }
            case EL -> {
                if (script != Character.UnicodeScript.GREEK) {
                    return word;
                }
                char[] chars = greekNormalised(word);
                int length = GREEK.get().stem(chars, chars.length);
                return new String(chars, 0, length);
            }
            case RU -> {
                return script == Character.UnicodeScript.CYRILLIC ? snowball(RUSSIAN.get(), word) : word;
            }
            default -> {
                return word;
            }
        }
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static Character.UnicodeScript scriptOf(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.UnicodeScript.of(cp);
            }
            i += Character.charCount(cp);
        }
        return Character.UnicodeScript.COMMON;
    }

    /** As Lucene's GreekLowerCaseFilter: no accents or diaeresis, final sigma as sigma (the stemmer expects it). */
    private static char[] greekNormalised(String word) {
        char[] c = word.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case 'ά' -> 'α';
                case 'έ' -> 'ε';
                case 'ή' -> 'η';
                case 'ί', 'ϊ', 'ΐ' -> 'ι';
                case 'ό' -> 'ο';
                case 'ύ', 'ϋ', 'ΰ' -> 'υ';
                case 'ώ' -> 'ω';
                case 'ς' -> 'σ';
                default -> c[i];
            };
        }
        return c;
    }
}
