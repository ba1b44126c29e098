package io.parley.standards.checks;

/**
 * A text a brand's own regular expression is matched against, that stops the match once it has run past its time.
 * Managers write the catalogue's patterns, and a pattern can backtrack catastrophically ({@code (a+)+$} against a
 * long run of a's, or (.*a){20}$ on thirty): unbounded, one reply's check would hold a worker thread for minutes. Java's matcher reads the text
 * through {@link #charAt}, so reading it is where the clock is looked at (every 1,024 reads).
 */
final class BoundedText implements CharSequence {

    /** A pattern that ran past its time on this text. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final long deadline;
    private int reads;

    private BoundedText(String text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    /** The text, to be read within {@code budgetNanos} from now. */
    static BoundedText within(String text, long budgetNanos) {
        return new BoundedText(text, System.nanoTime() + budgetNanos);
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 1023) == 0 && System.nanoTime() > deadline) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
