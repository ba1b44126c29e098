package io.parley.calendar.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: words (letters, marks and digits of any script), runs of white space and single
 * other characters (an emoji, a punctuation mark) are the units; the result is the shortest list of equal, deleted
 * and inserted runs that turns {@code before} into {@code after}. Concatenating the equal and delete runs gives
 * {@code before}; the equal and insert runs give {@code after}. The common start and end are taken off first; a
 * middle too long to compare word by word (more than {@link #MAX_CELLS} pairs) is shown as one deletion and one
 * insertion.
 */
public final class TextDiff {

    public record Op(String op, String text) {
    }

    static final long MAX_CELLS = 4_000_000L;
    private static final Pattern UNIT = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|\\X");

    private TextDiff() {
    }

    public static List<Op> of(String before, String after) {
        List<String> a = units(before == null ? "" : before);
        List<String> b = units(after == null ? "" : after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Op> ops = new ArrayList<>();
        add(ops, "equal", String.join("", a.subList(0, start)));
        List<String> midA = a.subList(start, endA);
        List<String> midB = b.subList(start, endB);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            add(ops, "delete", String.join("", midA));
            add(ops, "insert", String.join("", midB));
        } else {
            lcs(midA, midB, ops);
        }
        add(ops, "equal", String.join("", a.subList(endA, a.size())));
        return ops;
    }

    private static void lcs(List<String> a, List<String> b, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                add(ops, "equal", a.get(i++));
                j++;
            } else if (i < n && (j == m || len[i + 1][j] >= len[i][j + 1])) {
                add(ops, "delete", a.get(i++));
            } else {
                add(ops, "insert", b.get(j++));
            }
        }
    }

    /** Appends, merging with the previous run of the same kind; empty text adds nothing. */
    private static void add(List<Op> ops, String op, String text) {
        if (text.isEmpty()) {
            return;
        }
        // Deletions before insertions within one changed stretch, so the list reads "was X, now Y".
        if (!ops.isEmpty()) {
            Op last = ops.get(ops.size() - 1);
            if (last.op().equals(op)) {
                ops.set(ops.size() - 1, new Op(op, last.text() + text));
                return;
            }
            if (op.equals("delete") && last.op().equals("insert") && ops.size() >= 2
                    && ops.get(ops.size() - 2).op().equals("delete")) {
                Op del = ops.get(ops.size() - 2);
                ops.set(ops.size() - 2, new Op("delete", del.text() + text));
                return;
            }
        }
        ops.add(new Op(op, text));
    }

    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            units.add(m.group());
        }
        return units;
    }
}
