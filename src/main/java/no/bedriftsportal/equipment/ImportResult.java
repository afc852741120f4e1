package no.bedriftsportal.equipment;

/** A confirmed import: how many devices it created and changed (unchanged rows are not counted as either). */
public record ImportResult(int created, int changed, int unchanged) {
}
