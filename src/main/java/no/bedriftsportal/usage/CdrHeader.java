package no.bedriftsportal.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column stands in a file, from its header row. Columns may come in any order and
 * unknown ones are ignored. A header that lacks a column every record needs, or names a column
 * twice, makes the file unreadable: {@link #problem()} says why, and every record is rejected with
 * that reason so that the file's counts still add up.
 */
final class CdrHeader {

    private static final Map<String, CdrColumn> BY_NAME = new HashMap<>();

    static {
        for (CdrColumn column : CdrColumn.values()) {
            BY_NAME.put(column.header(), column);
        }
    }

    private final int[] positions;
    private final int fieldCount;
    private final String problem;

    private CdrHeader(int[] positions, int fieldCount, String problem) {
        this.positions = positions;
        this.fieldCount = fieldCount;
        this.problem = problem;
    }

    static CdrHeader read(CsvRecordReader record) {
        int[] positions = new int[CdrColumn.values().length];
        Arrays.fill(positions, -1);
        String problem = record.problem() == null ? null : "header: " + record.problem();
        for (int i = 0; i < record.fieldCount(); i++) {
            CdrColumn column = BY_NAME.get(record.field(i).toLowerCase(Locale.ROOT));
            if (column == null) {
                continue;
            }
            if (positions[column.ordinal()] >= 0 && problem == null) {
                problem = "header has column " + column.header() + " twice";
            }
            positions[column.ordinal()] = i;
        }
        if (problem == null) {
            problem = missingColumns(positions);
        }
        return new CdrHeader(positions, record.fieldCount(), problem);
    }

    /** The column's position, or -1 when the header does not have it. */
    int position(CdrColumn column) {
        return positions[column.ordinal()];
    }

    int fieldCount() {
        return fieldCount;
    }

    /** Why no record of the file can be read, or null. */
    String problem() {
        return problem;
    }

    private static String missingColumns(int[] positions) {
        List<String> missing = new ArrayList<>();
        for (CdrColumn column : CdrColumn.values()) {
            if (column.requiredInHeader() && positions[column.ordinal()] < 0) {
                missing.add(column.header());
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return (missing.size() == 1 ? "header lacks column " : "header lacks columns ") + String.join(", ", missing);
    }
}
