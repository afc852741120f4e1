package no.bedriftsportal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core's WCAG 2.1 A/AA checks on the page in the browser, for the browser tests. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** A card turning over is half transparent for a moment: axe would measure its text's contrast mid-turn. */
    private static void waitForAnimations(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.getAnimations().every(function (a) { return a.playState !== 'running'; })")));
    }

    /** Every serious or critical violation on the current page, as "rule (impact): element — help". */
    public static List<String> seriousViolations(WebDriver browser) {
        return seriousViolations(browser, null);
    }

    /** The serious or critical violations within the elements that {@code cssSelector} selects (all the page when null). */
    public static List<String> seriousViolations(WebDriver browser, String cssSelector) {
        waitForAnimations(browser);
        AxeBuilder axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        if (cssSelector != null) {
            axe.include(cssSelector);
        }
        Results results = axe.analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " — " + rule.getHelp());
            }
        }
        return violations;
    }
}
