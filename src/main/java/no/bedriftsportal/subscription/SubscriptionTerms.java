package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription's terms for an event on a given day.
 *
 * @param autoExtraPackageCode  the extra package bought automatically when the data runs out, or null
 * @param autoExtraPackagePayer who pays it; set exactly with a package code
 */
public record SubscriptionTerms(String planCode, boolean dataControl, String autoExtraPackageCode,
        ExtraPackagePayer autoExtraPackagePayer) {

    /**
     * The terms for an event on a day: of each kind, among the changes that apply to it (a dated
     * one from its day on, an immediate one always), the latest by (effective day, recorded at);
     * an immediate change's effective day is the day it was recorded (V24).
     */
    public static SubscriptionTerms from(List<TermChange> changes, LocalDate day) {
        Map<TermChange.Kind, TermChange> winners = new EnumMap<>(TermChange.Kind.class);
        for (TermChange change : changes) {
            if (change.appliesOn(day)) {
                TermChange winner = winners.get(change.kind());
                if (winner == null || change.laterThan(winner)) {
                    winners.put(change.kind(), change);
                }
            }
        }
        TermChange plan = winners.get(TermChange.Kind.PLAN);
        TermChange dataControl = winners.get(TermChange.Kind.DATA_CONTROL);
        TermChange autoExtra = winners.get(TermChange.Kind.AUTO_EXTRA_PACKAGE);
        String code = autoExtra == null ? null : autoExtra.autoExtraPackageCode();
        return new SubscriptionTerms(plan == null ? null : plan.planCode(),
                dataControl != null && Boolean.TRUE.equals(dataControl.dataControl()), code,
                code == null ? null : autoExtra.autoExtraPackagePayer() == null ? ExtraPackagePayer.COMPANY
                        : autoExtra.autoExtraPackagePayer());
    }
}
