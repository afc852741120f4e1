package no.bedriftsportal.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * Everything a template needs besides its own data: texts in the user's language, Norwegian
 * formats, the CSRF token for forms and htmx, and the page shell (company, user, navigation).
 * Every page gets one as the model attribute {@code page}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final Csrf csrf;
    private final Shell shell;
    private final UnaryOperator<String> assets;

    /** A page whose static files are linked by their plain URLs. */
    public PageContext(MessageSource messages, Locale locale, String path, Csrf csrf, Shell shell) {
        this(messages, locale, path, csrf, shell, UnaryOperator.identity());
    }

    /** @param assets a static file's URL with its fingerprint ({@link StaticAssets#url}) */
    public PageContext(MessageSource messages, Locale locale, String path, Csrf csrf, Shell shell,
            UnaryOperator<String> assets) {
        this.messages = messages;
        this.locale = locale;
        this.path = path;
        this.csrf = csrf;
        this.shell = shell;
        this.assets = assets;
    }

    /** A text from the message bundles; a missing key shows itself, so it is found in review. */
    public String t(String key, Object... arguments) {
        try {
            return messages.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            return "??" + key + "??";
        }
    }

    /** A text from the bundles, or {@code fallback} when no bundle has the key. */
    public String message(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, locale);
    }

    /**
     * The URL to link a static file by, e.g. {@code page.asset("/css/portal.css")}: fingerprinted with its content,
     * so that browsers keep it for a year and fetch it again only when it changes.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    public String lang() {
        return "en".equals(locale.getLanguage()) ? "en" : "nb";
    }

    /** The other language, for the switch in the header. */
    public String otherLang() {
        return "en".equals(lang()) ? "nb" : "en";
    }

    public String path() {
        return path;
    }

    public boolean signedIn() {
        return shell != null;
    }

    public Shell shell() {
        return shell;
    }

    public Csrf csrf() {
        return csrf;
    }

    /** The htmx request headers that carry the CSRF token, for {@code hx-headers} on {@code <body>}. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.headerName() + "\": \"" + csrf.token() + "\"}";
    }

    public String money(BigDecimal amount) {
        return NorwegianFormat.money(amount);
    }

    public String integer(long value) {
        return NorwegianFormat.integer(value);
    }

    public String date(LocalDate date) {
        return NorwegianFormat.date(date);
    }

    public String dateTime(Instant instant) {
        return NorwegianFormat.dateTime(instant);
    }

    /** {@code 01.10.2026–31.10.2026}, or one date for a single day. */
    public String period(LocalDate start, LocalDate end) {
        return NorwegianFormat.period(start, end);
    }

    /** A month in the user's language: {@code oktober 2026}, {@code October 2026}. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** {@code nov. 2026}: for chart axes and narrow columns. */
    public String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month);
    }

    /** Bytes as MB: {@code 0,4}, {@code 12}, {@code 1 234} (one decimal below 10 MB). */
    public String megabytes(long bytes) {
        return NorwegianFormat.megabytes(bytes);
    }

    /** A data volume with its unit: {@code 512 MB}, {@code 12,7 GB}. */
    public String dataVolume(long bytes) {
        return NorwegianFormat.dataVolume(bytes);
    }

    /** A length of time as {@code 15:07} or {@code 1:15:07}. */
    public String duration(long seconds) {
        return NorwegianFormat.duration(seconds);
    }

    /** An invoice line's quantity as a person reads it: {@code 15:07}, {@code 12,7 GB}, {@code 3 av 31 dager}. */
    public String lineQuantity(BigDecimal quantity, String unit, LocalDate start, LocalDate end) {
        return NorwegianFormat.lineQuantity(quantity, unit, start, end, "en".equals(lang()));
    }

    /** A count, duration or volume with the decimals it has: {@code 1 534,217}. */
    public String quantity(BigDecimal quantity) {
        return NorwegianFormat.quantity(quantity);
    }

    /** An account number as printed on giros: {@code 1503.28.12349}. */
    public String bankAccount(String elevenDigits) {
        return NorwegianFormat.bankAccount(elevenDigits);
    }

    public String msisdn(String e164) {
        return Msisdn.parse(e164).map(Msisdn::display).orElse(e164);
    }

    /** @param parameterName form field name, @param headerName for htmx, @param token the value */
    public record Csrf(String parameterName, String headerName, String token) {
    }

    /** The signed-in user's frame around every page. */
    /**
     * @param home       where the logo leads: the dashboard, or an employee's own page
     * @param sideSwitch the other side this person may switch to (administration ↔ own page), or null
     */
    public record Shell(String companyName, String userName, String userMsisdn, boolean superUser, List<NavItem> navigation,
            String home, SideSwitch sideSwitch) {
    }

    /** A button that moves the person to their other side: {@code to} is posted, {@code labelKey} is its text. */
    public record SideSwitch(String to, String labelKey) {
    }

    /** One entry of the main navigation; {@code labelKey} is a message key. */
    public record NavItem(String labelKey, String href, boolean current) {
    }
}
