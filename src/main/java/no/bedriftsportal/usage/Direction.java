package no.bedriftsportal.usage;

/** The {@code direction} column: {@code MO} made or sent, {@code MT} received. */
public enum Direction {
    MO, MT
}
