package no.bedriftsportal.insights;

/**
 * The extra packages that go with a suggestion: this package, bought {@code count} times in {@code months}
 * of the {@code of} months the advice is based on (e.g. "Ekstra datapakke 5 GB i 2 av 6 måneder").
 */
public record AdviceHabit(String code, String name, int months, int count, int of) {
}
