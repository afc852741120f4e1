package no.bedriftsportal.reporting;

import java.util.Locale;

/** R4: the files a report is written as. */
public enum ReportFormat {
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From a file extension or the format's code: {@code xlsx}, {@code excel}, {@code csv}, {@code pdf}. */
    public static ReportFormat parse(String value) {
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value) || format.code().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new no.bedriftsportal.shared.InvalidInputException("format", "reports.error.format", "format is xlsx, csv or pdf");
    }
}
