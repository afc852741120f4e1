package no.bedriftsportal.dashboard;

import java.math.BigDecimal;

/** A line on the back of a D2 cost card: e.g. data in Norway, 1 234,00 kr. */
public record CostLine(String labelKey, BigDecimal amount) {
}
