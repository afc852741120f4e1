package no.bedriftsportal.insights;

/**
 * How far the advice can be trusted (ADR 0027): {@code HIGH} when the suggestion would have cost less
 * (or the same) in every month it is based on, and for a subscription without traffic; {@code LOW} when
 * it rests on fewer than three months, or when the saving vanishes without its single best month (one
 * spike drives it); {@code MEDIUM} otherwise (it saves over the months, but not in each).
 */
public enum AdviceConfidence {
    HIGH, MEDIUM, LOW
}
