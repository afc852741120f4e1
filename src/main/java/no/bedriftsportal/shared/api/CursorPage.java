package no.bedriftsportal.shared.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list of the company API: the items, and the cursor of the next page ({@code null}
 * on the last). Fetch {@code limit + 1} rows after the cursor and hand them to {@link #of}.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code limit} items from rows fetched with one more than the limit: when the extra
     * row came, the next cursor is the sort key of the last item kept.
     */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new CursorPage<>(page, cursorOf.apply(page.get(limit - 1)).encoded());
    }
}
