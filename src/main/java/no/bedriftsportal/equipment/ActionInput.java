package no.bedriftsportal.equipment;

/**
 * An action's form (E2): the day it happened ({@code dd.MM.yyyy} or {@code yyyy-MM-dd}; blank: today), the employee
 * it is handed over to (hand over: {@code id:<id>}, an employee number, e-mail or name), and a note.
 */
public record ActionInput(String effectiveOn, String holder, String note) {

    public ActionInput {
        effectiveOn = effectiveOn == null ? "" : effectiveOn;
        holder = holder == null ? "" : holder;
        note = note == null ? "" : note;
    }
}
