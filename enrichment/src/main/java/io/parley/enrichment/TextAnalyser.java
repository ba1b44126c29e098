package io.parley.enrichment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.egothor.stemmer.Trie;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Splits a text into words with Lucene's Unicode tokenizer (UAX#29) and Greek-aware lower-casing, stems each word
 * with the stemmer of its script and language (Snowball English, Stempel Polish, Lucene's Greek stemmer, Snowball
 * Russian), and notes what is not words: emoji, question and exclamation marks, links, mentions, phone numbers,
 * money, shouting. Thread-safe: the analyzer reuses its components per thread, the stemmers are per thread.
 */
final class TextAnalyser {

    private static final String EMOJI_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];
    private static final String NUM_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://|www\\.|\\b[\\p{L}0-9-]+\\.(com|net|org|ly|io|ru|pl|gr|biz|info|xyz|shop|me|link|club|top|site)\\b)");
    private static final Pattern MENTION = Pattern.compile("(^|\\s)@\\w");
    private static final Pattern HASHTAG = Pattern.compile("(^|\\s)#\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s-]{7,}\\d");
    private static final Pattern MONEY = Pattern.compile(
            "(?i)[$€£₽]\\s?\\d|\\d\\s?(k|zł|zl|pln|usd|eur|euro|€|\\$|₽|руб|р\\.|ευρώ)(?![\\p{L}])");
    private static final Pattern SHOUTED_WORD = Pattern.compile("\\b\\p{Lu}{3,}\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** A text taken apart. {@code words} are lower case with Greek accents removed; {@code stems} match them. */
    record Analysed(List<String> words, List<String> stems, List<String> foldedWords, Set<EmojiClass> emoji,
                    boolean emojiOnly, Set<String> signals, String lexiconText) {
    }

    private final Trie polishTable = PolishAnalyzer.getDefaultTable();
    private final ThreadLocal<Stemmers> stemmers = ThreadLocal.withInitial(() -> new Stemmers(polishTable));
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream lowerCase = new GreekLowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, lowerCase);
        }
    };

    Analysed analyse(String text, String language) {
        String normal = TextFolding.shortenStretched(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> surface = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Stemmers stemmer = stemmers.get();
        eachWord(normal, (word, number) -> {
            surface.add(word);
            stems.add(number ? word : knownStem(stemmer, word, language));
            folded.add(number ? word : TextFolding.fold(word));
        });

        Set<EmojiClass> emoji = EnumSet.noneOf(EmojiClass.class);
        normal.codePoints().forEach(cp -> {
            EmojiClass c = EmojiClass.of(cp);
            if (c != null) {
                emoji.add(c);
            }
        });
        boolean emojiOnly = !emoji.isEmpty() && normal.codePoints().noneMatch(Character::isLetterOrDigit);
        return new Analysed(surface, stems, folded, emoji, emojiOnly, signals(normal, surface.size()),
                TextFolding.forLexicon(normal));
    }

    /**
     * The words only, each with its stem in every one of the languages: one pass of the tokenizer for all of
     * them, and none of the rest of {@link #analyse} (signals, emoji, lexicon text) — for callers that match
     * terms, as search and the complaint library do.
     */
    WordStems.Stemmed stemOnly(String text, List<String> languages) {
        String normal = TextFolding.shortenStretched(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> surface = new ArrayList<>();
        List<List<String>> stems = new ArrayList<>();
        languages.forEach(l -> stems.add(new ArrayList<>()));
        Stemmers stemmer = stemmers.get();
        eachWord(normal, (word, number) -> {
            surface.add(word);
            for (int i = 0; i < languages.size(); i++) {
                stems.get(i).add(number ? word : knownStem(stemmer, word, languages.get(i)));
            }
        });
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            byLanguage.put(languages.get(i), List.copyOf(stems.get(i)));
        }
        return new WordStems.Stemmed(List.copyOf(surface), byLanguage);
    }

    /** How many stems {@link #knownStem} keeps per language before it starts again: 100,000 short strings, a few MB. */
    static final int KNOWN_STEMS = 50_000;

    /**
     * Per language, a word's stem from the words stemmed before (a stem depends on the word and language alone):
     * keyed by the word itself, so a lookup builds no key.
     */
    private final Map<String, Map<String, String>> knownStems = new ConcurrentHashMap<>();

    /**
     * The stem of a word, remembered: most words of a stream of comments are words seen before ("order",
     * "paczka", "заказ"), and stemming them again (Stempel's table walk above all) was a tenth of the inbox's
     * intake CPU. The memory is bounded: when it holds {@link #KNOWN_STEMS} it is emptied and fills again
     * with the words in use.
     */
    private String knownStem(Stemmers stemmer, String word, String language) {
        Map<String, String> known = knownStems.computeIfAbsent(language == null ? "" : language,
                l -> new ConcurrentHashMap<>());
        String stem = known.get(word);
        if (stem == null) {
            stem = stemmer.stem(word, language);
            if (known.size() >= KNOWN_STEMS) {
                known.clear();
            }
            known.put(word, stem);
        }
        return stem;
    }

    /** Each word of the (normalised) text in order, lower case, emoji left out; a number as {@code #num}. */
    private void eachWord(String normal, BiConsumer<String, Boolean> word) {
        try (TokenStream stream = words.tokenStream("text", normal)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (EMOJI_TYPE.equals(type.type())) {
                    continue;
                }
                boolean number = NUM_TYPE.equals(type.type());
                word.accept(number ? "#num" : term.toString(), number);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> signals(String text, int wordCount) {
        Set<String> signals = new TreeSet<>();
        boolean greek = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK);
        // Greek writes its question mark as ';' (U+037E, usually typed as a plain semicolon).
        if (text.indexOf('?') >= 0 || text.indexOf('\u037E') >= 0 || text.indexOf('¿') >= 0
                || (greek && text.indexOf(';') >= 0)) {
            signals.add("question-mark");
        }
        long exclamations = text.chars().filter(c -> c == '!').count();
        if (exclamations > 0) {
            signals.add("exclamation");
        }
        if (exclamations > 1) {
            signals.add("exclamations");
        }
        if (text.contains("...") || text.contains("…")) {
            signals.add("ellipsis");
        }
        if (URL.matcher(text).find()) {
            signals.add("link");
        }
        if (MENTION.matcher(text).find()) {
            signals.add("mention");
        }
        if (HASHTAG.matcher(text).find()) {
            signals.add("hashtag");
        }
        if (PHONE.matcher(text).find()) {
            signals.add("phone");
        }
        if (MONEY.matcher(text).find()) {
            signals.add("money");
        }
        var shouted = SHOUTED_WORD.matcher(text);
        int shoutedWords = 0;
        while (shouted.find()) {
            shoutedWords++;
        }
        if (shoutedWords >= 2) {
            signals.add("shouting");
        }
        signals.add(wordCount <= 1 ? "words:1" : wordCount <= 3 ? "words:2-3" : wordCount <= 8 ? "words:4-8" : "words:9+");
        return signals;
    }

    /** One set of stemmers per thread: the Snowball and Stempel stemmers keep state between calls. */
    private static final class Stemmers {
        private final EnglishStemmer english = new EnglishStemmer();
        private final RussianStemmer russian = new RussianStemmer();
        private final GreekStemmer greek = new GreekStemmer();
        private final StempelStemmer polish;

        Stemmers(Trie polishTable) {
            this.polish = new StempelStemmer(polishTable);
        }

        String stem(String word, String language) {
            Character.UnicodeScript script = scriptOf(word);
            if (script == Character.UnicodeScript.GREEK) {
                char[] chars = word.toCharArray();
                int length = greek.stem(chars, chars.length);
                return new String(chars, 0, length);
            }
            if (script == Character.UnicodeScript.CYRILLIC) {
                if ("uk".equals(language)) {
                    return word;
                }
                russian.setCurrent(word.replace('ё', 'е'));
                russian.stem();
                return russian.getCurrent();
            }
            if (script == Character.UnicodeScript.LATIN) {
                if ("pl".equals(language)) {
                    StringBuilder stem = polish.stem(word);
                    return stem == null || stem.length() == 0 ? word : stem.toString();
                }
                if ("en".equals(language) || "el".equals(language) || "ru".equals(language) || "und".equals(language)) {
                    english.setCurrent(word);
                    english.stem();
                    return english.getCurrent();
                }
            }
            return word;
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
    }
}
