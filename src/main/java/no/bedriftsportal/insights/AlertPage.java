package no.bedriftsportal.insights;

import java.util.List;

/** A page of the alerts list, and how many the filter finds in all. */
public record AlertPage(List<AlertLine> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
