package no.bedriftsportal.dashboard;

import java.math.BigDecimal;

/**
 * One subscription's month of one kind in the company API's usage.
 *
 * @param month       {@code 2026-11}
 * @param kind        e.g. {@code voice.fixed_price}, {@code sms.abroad}, {@code data.package}, {@code data.blocked},
 *                    {@code content}, {@code extra_packages}, {@code monthly_fee}
 * @param quantity    in {@code unit}: seconds of calls made, messages sent, MB (1 000 000 bytes, exact) or events; null for a charge
 * @param unit        {@code second}, {@code message}, {@code MB}, {@code event}; null for a charge
 * @param amountExVat the amount excluding VAT, two decimals, as a string
 */
record UsageJson(String month, long subscriptionId, String kind, BigDecimal quantity, String unit, String amountExVat) {
}
