package no.bedriftsportal.subscription;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a subscription's terms: a dated one as the CRM sent it, or an immediate one made in
 * the portal (a cost-sharing profile saved, Datakontroll switched), which applies to every event
 * rated after it was recorded, whatever the event's day (V24).
 *
 * @param effectiveFrom            the day it takes effect; for an immediate change, the day it was recorded (Oslo)
 * @param autoExtraPackagePayer    who pays the automatic extra package; set exactly with a package code
 * @param changedBy                who made an immediate change in the portal, or null
 */
public record TermChange(Kind kind, LocalDate effectiveFrom, String planCode, Boolean dataControl,
        String autoExtraPackageCode, Instant recordedAt, ExtraPackagePayer autoExtraPackagePayer, boolean immediate,
        String changedBy) {

    public enum Kind { PLAN, DATA_CONTROL, AUTO_EXTRA_PACKAGE }

    /** A dated change from the CRM; an automatic extra package is paid by the company. */
    public TermChange(Kind kind, LocalDate effectiveFrom, String planCode, Boolean dataControl, String autoExtraPackageCode,
            Instant recordedAt) {
        this(kind, effectiveFrom, planCode, dataControl, autoExtraPackageCode, recordedAt,
                autoExtraPackageCode == null ? null : ExtraPackagePayer.COMPANY, false, null);
    }

    /** Whether it applies to an event on this day: an immediate change always, a dated one from its day. */
    boolean appliesOn(LocalDate day) {
        return immediate || !effectiveFrom.isAfter(day);
    }

    /** Whether it wins over another of its kind: the later by (effective day, recorded at). */
    boolean laterThan(TermChange other) {
        int byDay = effectiveFrom.compareTo(other.effectiveFrom);
        return byDay != 0 ? byDay > 0 : recordedAt.isAfter(other.recordedAt);
    }
}
