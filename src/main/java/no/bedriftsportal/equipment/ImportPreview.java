package no.bedriftsportal.equipment;

import java.util.List;

/**
 * What an import file would do (E2), row by row, before anything is written: create a device, change one (with the
 * fields that change), leave one as it is, or nothing because the row has errors.
 *
 * @param importId    the uploaded file kept for the confirmation, or null (the API's dry run keeps nothing)
 * @param fingerprint what the user saw: confirming refuses when checking the file again gives another preview
 */
public record ImportPreview(Long importId, String fileName, List<Row> rows, String fingerprint) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public enum Outcome { CREATE, CHANGE, UNCHANGED, ERROR }

    /**
     * @param deviceId the device a change or unchanged row matched (by IMEI, else serial number), else null
     * @param changed  the fields a change row changes
     */
    public record Row(int line, Outcome outcome, Long deviceId, String name, String identifier, List<String> changed,
            List<FieldProblem> problems) {

        public Row {
            changed = List.copyOf(changed);
            problems = List.copyOf(problems);
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public boolean importable() {
        return count(Outcome.ERROR) == 0 && !rows.isEmpty();
    }
}
