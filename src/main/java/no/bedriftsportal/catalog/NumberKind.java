package no.bedriftsportal.catalog;

/**
 * What kind of number the other party is. {@code FREEPHONE}, {@code DIRECTORY} and
 * {@code SHORT_NUMBER} are the kinds of the catalogue's {@code number_range} table.
 */
public enum NumberKind {
    DOMESTIC, FREEPHONE, DIRECTORY, SHORT_NUMBER, FOREIGN;

    public boolean isNumberRangeKind() {
        return this == FREEPHONE || this == DIRECTORY || this == SHORT_NUMBER;
    }
}
