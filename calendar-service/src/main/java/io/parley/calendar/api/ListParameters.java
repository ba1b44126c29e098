package io.parley.calendar.api;

/** The OpenAPI descriptions of every list's {@code limit} and {@code cursor} (docs/api/README.md "Lists are pages"). */
public final class ListParameters {

    /** The description of a list's limit parameter. */
    public static final String LIMIT = "page size, 1 to parley.pages.max-limit (200); default "
            + "parley.pages.default-limit (50)";

    /** The description of a list's cursor parameter. */
    public static final String CURSOR = "the previous page's nextCursor; absent for the first page";

    private ListParameters() {
    }
}
