package no.bedriftsportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Layout checks for the browser tests, measured in the page: nothing wider than its container,
 * no money off screen, no horizontal page scroll, a card grid without holes, a compact header.
 * Each check returns what is wrong as readable lines (empty when all is well), so a test asserts
 * {@code isEmpty()} and a failure names the element. The measuring script is {@code layout.js}
 * beside this class.
 */
public final class Layout {

    private static final String SCRIPT = load();

    private Layout() {
    }

    /**
     * Within each element that {@code cssSelector} selects: every visible element that is not a
     * scroll container and whose content is wider than its box, every element that reaches past
     * the selected element's edge, and every amount in kroner whose box is not wholly inside the
     * viewport and inside the region that scrolls it.
     */
    public static List<String> overflows(WebDriver browser, String cssSelector) {
        return run(browser, "return layout.overflows(arguments[0])", cssSelector);
    }

    /** The page itself scrolls sideways: its content is wider than the window. */
    public static List<String> horizontalPageScroll(WebDriver browser) {
        return run(browser, "return layout.horizontalPageScroll()", null);
    }

    /** Rows of the grid {@code cssSelector} whose items do not span its full width (a hole), as "row at y: …". */
    public static List<String> gridHoles(WebDriver browser, String cssSelector) {
        return run(browser, "return layout.gridHoles(arguments[0])", cssSelector);
    }

    /** The height in CSS pixels of the element {@code cssSelector} selects. */
    public static double height(WebDriver browser, String cssSelector) {
        Object height = ((JavascriptExecutor) browser).executeScript(SCRIPT
                + "return document.querySelector(arguments[0]).getBoundingClientRect().height", cssSelector);
        return ((Number) height).doubleValue();
    }

    /** Adds the page's layout problems in {@code main} and its serious axe findings to {@code problems}, each named by the step. */
    public static void check(WebDriver browser, List<String> problems, String step) {
        problems(browser, "main").forEach(problem -> problems.add(step + ": " + problem));
        Accessibility.seriousViolations(browser).forEach(violation -> problems.add(step + ": axe " + violation));
    }

    /** Every check above for the page's regions {@code cssSelectors}, at once. */
    public static List<String> problems(WebDriver browser, String... cssSelectors) {
        List<String> problems = new java.util.ArrayList<>(horizontalPageScroll(browser));
        for (String selector : cssSelectors) {
            problems.addAll(overflows(browser, selector));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver browser, String call, String argument) {
        Object result = ((JavascriptExecutor) browser).executeScript(SCRIPT + call, argument);
        return List.copyOf((List<String>) result);
    }

    private static String load() {
        try (InputStream in = Layout.class.getResourceAsStream("layout.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
