package io.parley.inbox.api;

/** The OpenAPI descriptions of every list's {@code limit} and {@code cursor} (docs/api/README.md "Lists are pages"). */
public final class ListParameters {

    /** The description of a list's limit parameter. */
    public static final String LIMIT = "page size, 1 to parley.pages.max-limit (200); default "
            + "parley.pages.default-limit (50)";

    /** The description of a list's cursor parameter. */
    public static final String CURSOR = "the previous page's nextCursor (with the same filters); absent for the first "
            + "page";

    /** The description of a list's 400 answer. */
    public static final String BAD_PAGE = "A limit out of range or a cursor this listing did not hand out (the "
            + "problem names the parameter)";

    private ListParameters() {
    }
}
