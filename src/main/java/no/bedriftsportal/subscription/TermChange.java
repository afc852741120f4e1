package no.bedriftsportal.subscription;

import java.time.Instant;
import java.time.LocalDate;

/** One dated change of a subscription's terms, as the CRM sent it. */
public record TermChange(Kind kind, LocalDate effectiveFrom, String planCode, Boolean dataControl,
        String autoExtraPackageCode, Instant recordedAt) {

    public enum Kind { PLAN, DATA_CONTROL, AUTO_EXTRA_PACKAGE }
}
