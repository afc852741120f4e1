package no.bedriftsportal.dashboard;

import java.util.List;

/** D7: a page of users, and how many match in all. {@code page} counts from 0. */
public record UserPage(List<UserCost> users, int total, int page, int pageSize) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The position of the page's first user, counting from 1 (0 when the page is empty). */
    public int first() {
        return users.isEmpty() ? 0 : page * pageSize + 1;
    }

    public int last() {
        return page * pageSize + users.size();
    }
}
