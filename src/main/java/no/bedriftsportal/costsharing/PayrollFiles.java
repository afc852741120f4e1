package no.bedriftsportal.costsharing;

import java.util.List;

/** Writes payroll lines in one of the {@link PayrollFormat}s, byte for byte as each layout says. */
final class PayrollFiles {

    private PayrollFiles() {
    }

    /** The file's bytes (its encoding as the format says). */
    static byte[] write(PayrollFormat format, List<PayrollLine> lines) {
        throw new UnsupportedOperationException("issue #14.7: being built");
    }

    /** The file name for a company's month, e.g. {@code lonnstrekk-2026-03-visma.txt}. */
    static String fileName(PayrollFormat format, java.time.YearMonth month) {
        throw new UnsupportedOperationException("issue #14.7: being built");
    }
}
