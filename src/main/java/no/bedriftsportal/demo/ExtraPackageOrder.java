package no.bedriftsportal.demo;

import java.time.Instant;

/**
 * An extra data package an employee bought in the demo.
 *
 * @param extraPackageCode {@code EXTRA_1}, {@code EXTRA_5} or {@code EXTRA_15}
 * @param payer            {@code COMPANY}, {@code SALARY} or {@code VIPPS}
 */
record ExtraPackageOrder(String msisdn, String extraPackageCode, String payer, Instant boughtAt) {
}
