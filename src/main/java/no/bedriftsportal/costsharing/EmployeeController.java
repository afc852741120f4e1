package no.bedriftsportal.costsharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;

/**
 * Fakturakontroll → an employee (#14.2, #14.6): employee number and pay type, the salary-deduction
 * agreement (signed date, a scanned copy to attach, download and remove), opening balances, Datakontroll
 * per subscription, and the month's content purchases to mark work or private. A refused change shows
 * the page again with the message next to its field and what was typed.
 */
@Controller
@RequestMapping(EmployeeController.PATH + "/{employeeId:\\d+}")
class EmployeeController {

    static final String PATH = "/invoice-control/employees";
    private static final int MONTHS = 13;

    private final EmployeeControl employees;
    private final Assignments assignments;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    EmployeeController(EmployeeControl employees, Assignments assignments, AuditTrail audit, MessageSource messages, Clock clock) {
        this.employees = employees;
        this.assignments = assignments;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId,
            @RequestParam(required = false) String month, Model model) {
        Object flash = model.getAttribute("flash");
        return page(me, employeeId, parseMonth(month), Map.of(), Map.of(), flash == null ? null : flash.toString(), model);
    }

    @PostMapping
    String change(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId,
            @RequestParam(defaultValue = "") String employeeNumber, @RequestParam(defaultValue = "") String payType,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return attempt(me, employeeId, null, Map.of("employeeNumber", employeeNumber, "payType", payType), request, response,
                redirect, model, "invoiceControl.employee.saved.employee",
                () -> employees.change(me.scope(), employeeId, employeeNumber, payType, ChangedBy.of(me)));
    }

    @PostMapping("/agreement")
    String agreement(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId,
            @RequestParam(defaultValue = "") String signedOn, @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return attempt(me, employeeId, null, Map.of("signedOn", signedOn), request, response, redirect, model,
                "invoiceControl.employee.saved.agreement",
                () -> employees.recordAgreement(me.scope(), employeeId, parseDate(signedOn), file(file), ChangedBy.of(me)));
    }

    @PostMapping("/agreement/delete")
    String removeAgreement(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId, HttpServletRequest request,
            RedirectAttributes redirect) {
        employees.removeAgreement(me.scope(), employeeId, ChangedBy.of(me));
        redirect.addFlashAttribute("flash", message(request, "invoiceControl.employee.saved.agreementRemoved"));
        return "redirect:" + PATH + "/" + employeeId;
    }

    @PostMapping("/agreement/file/delete")
    String removeAgreementFile(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId, HttpServletRequest request,
            RedirectAttributes redirect) {
        employees.removeAgreementFile(me.scope(), employeeId, ChangedBy.of(me));
        redirect.addFlashAttribute("flash", message(request, "invoiceControl.employee.saved.fileRemoved"));
        return "redirect:" + PATH + "/" + employeeId;
    }

    @GetMapping("/agreement/file")
    ResponseEntity<byte[]> agreementFile(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId) {
        Employee employee = employees.employee(me.scope(), employeeId);
        AgreementFile file = employees.agreementFile(me.scope(), employeeId).orElseThrow(() -> new NotFoundException("agreement file"));
        audit.downloaded(Download.SALARY_AGREEMENT, employee.name());
        return download(file);
    }

    @PostMapping("/opening-balances")
    String openingBalance(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId,
            @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String amount,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return attempt(me, employeeId, null, Map.of("year", year, "amount", amount), request, response, redirect, model,
                "invoiceControl.employee.saved.openingBalance",
                () -> employees.setOpeningBalance(me.scope(), employeeId, parseYear(year), parseAmount(amount), ChangedBy.of(me)));
    }

    @PostMapping("/data-control")
    String dataControl(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId, @RequestParam long subscriptionId,
            @RequestParam(defaultValue = "false") boolean enabled, HttpServletRequest request, RedirectAttributes redirect) {
        requireOwn(me.scope(), employeeId, subscriptionId);
        employees.switchDataControl(me.scope(), subscriptionId, enabled, ChangedBy.of(me));
        redirect.addFlashAttribute("flash", message(request, "invoiceControl.employee.saved.dataControl." + (enabled ? "on" : "off")));
        return "redirect:" + PATH + "/" + employeeId;
    }

    /** One subscription's profile choice: a profile's id, or NO_PROFILE. */
    @PostMapping("/profile")
    String profile(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId, @RequestParam long subscriptionId,
            @RequestParam(defaultValue = "") String choice, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        requireOwn(me.scope(), employeeId, subscriptionId);
        return attempt(me, employeeId, null, Map.of(), request, response, redirect, model, "invoiceControl.employee.saved.profile", () -> {
            if ("NO_PROFILE".equals(choice)) {
                return assignments.removeProfile(me.scope(), List.of(subscriptionId), ChangedBy.of(me));
            }
            if (!choice.matches("\\d{1,18}")) {
                throw new InvalidInputException("choice", "invoiceControl.users.error.choice", "choose a profile or No profile");
            }
            return assignments.setProfile(me.scope(), List.of(subscriptionId), Long.parseLong(choice), ChangedBy.of(me));
        });
    }

    @PostMapping("/classifications")
    String classify(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long employeeId, @RequestParam String cdrId,
            @RequestParam int piece, @RequestParam(defaultValue = "") String classification,
            @RequestParam(required = false) String month, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        YearMonth usageMonth = parseMonth(month);
        employees.employee(me.scope(), employeeId);
        return attempt(me, employeeId, usageMonth, Map.of(), request, response, redirect, model,
                "invoiceControl.employee.saved.classified." + classification, () -> {
                    ContentPurchase purchase = employees.contentPurchases(me.scope(), employeeId, usageMonth).stream()
                            .filter(p -> p.cdrId().equals(cdrId) && p.piece() == piece).findFirst()
                            .orElseThrow(() -> new NotFoundException("content purchase"));
                    return employees.classify(me.scope(), purchase.cdrId(), purchase.piece(), parseClassification(classification),
                            usageMonth, ChangedBy.of(me));
                });
    }

    private String attempt(PortalPrincipal me, long employeeId, YearMonth month, Map<String, String> typed, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model, String savedKey, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            String text = messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), RequestContextUtils.getLocale(request));
            return page(me, employeeId, month == null ? YearMonth.from(Oslo.today(clock)) : month, Map.of(e.field(), text), typed, null,
                    model);
        }
        redirect.addFlashAttribute("flash", message(request, savedKey));
        return "redirect:" + PATH + "/" + employeeId + (month == null ? "" : "?month=" + month);
    }

    private interface Runnable {
        Object run();
    }

    private String page(PortalPrincipal me, long employeeId, YearMonth month, Map<String, String> errors, Map<String, String> typed,
            String flash, Model model) {
        AccessScope scope = me.scope();
        Employee employee = employees.employee(scope, employeeId);
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.from(Oslo.today(clock));
        for (int i = 0; i < MONTHS; i++) {
            months.add(current.minusMonths(i));
        }
        model.addAttribute("profiles", assignments.profiles(me.companyId()));
        model.addAttribute("employeePage", new EmployeePage(employee, employees.subscriptions(scope, employeeId),
                employees.agreement(scope, employeeId).orElse(null), employees.openingBalances(scope, employeeId), month, months,
                employees.contentPurchases(scope, employeeId, month), employees.monthFinal(scope, employeeId, month),
                new LinkedHashMap<>(errors), new LinkedHashMap<>(typed), flash));
        return "costsharing/employee";
    }

    private void requireOwn(AccessScope scope, long employeeId, long subscriptionId) {
        UserListRow subscription = employees.subscription(scope, subscriptionId);
        if (subscription.employeeId() == null || subscription.employeeId() != employeeId) {
            throw new NotFoundException("subscription " + subscriptionId);
        }
    }

    private YearMonth parseMonth(String month) {
        if (month != null && month.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // the current month
            }
        }
        return YearMonth.from(Oslo.today(clock));
    }

    static LocalDate parseDate(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains(".") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("dd.MM.uuuu")) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("signedOn", "invoiceControl.employee.error.signedOn", "signedOn is not a date (yyyy-MM-dd)");
        }
    }

    private static int parseYear(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{4}")) {
            throw new InvalidInputException("year", "invoiceControl.employee.error.year", "year is between 2000 and this year");
        }
        return Integer.parseInt(text);
    }

    /** Kroner as typed in Norwegian or English: {@code 1 234,50}, {@code 1234.50}. */
    static BigDecimal parseAmount(String value) {
        String text = value == null ? "" : value.replace(" ", "").replace("\u00a0", "").replace("kr", "").replace(',', '.').strip();
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "invoiceControl.employee.error.amount", "amount is not a number of kroner");
        }
    }

    static Classification parseClassification(String value) {
        for (Classification known : Classification.values()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        throw new InvalidInputException("classification", "invoiceControl.employee.error.classification", "classification is WORK or PRIVATE");
    }

    static AgreementFile file(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > AgreementFile.MAX_SIZE) {
            throw new InvalidInputException("file", "invoiceControl.employee.error.fileSize", "the file is larger than 5 MB");
        }
        try {
            String name = file.getOriginalFilename() == null ? "avtale" : file.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
            return new AgreementFile(name, file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(AgreementFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }
}
