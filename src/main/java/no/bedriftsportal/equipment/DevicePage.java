package no.bedriftsportal.equipment;

import java.util.List;

/** One page of the equipment list and how many devices match in all. */
public record DevicePage(DeviceQuery query, List<Device> rows, long total) {

    public DevicePage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : query.offset() + 1L;
    }

    public long lastRow() {
        return query.offset() + (long) rows.size();
    }
}
