package no.bedriftsportal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.shared.web.PageContext;
import no.bedriftsportal.shared.web.PageContext.NavItem;
import no.bedriftsportal.shared.web.StaticAssets;

/**
 * Gives every page its {@link PageContext}: texts in the user's language, the CSRF token, the
 * shell with company, user and the navigation of the modules this user may open, and the
 * fingerprinted URLs of static files.
 */
@ControllerAdvice(annotations = Controller.class)
class PageContextAdvice {

    static final String SETTINGS_PATH = "/settings";

    private final MessageSource messages;
    private final StaticAssets assets;

    PageContextAdvice(MessageSource messages, StaticAssets assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, Locale locale) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        PageContext.Csrf csrf = token == null ? null
                : new PageContext.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        PageContext.Shell shell = principal instanceof PortalPrincipal me ? shell(me, request.getRequestURI())
                : principal instanceof EmployeePrincipal employee ? shell(employee, request.getRequestURI())
                : principal instanceof StaffPrincipal staff ? shell(staff, request.getRequestURI(), locale) : null;
        return new PageContext(messages, locale, request.getRequestURI(), csrf, shell, assets::url);
    }

    private static PageContext.Shell shell(PortalPrincipal me, String path) {
        List<NavItem> navigation = new ArrayList<>();
        for (PortalModule module : PortalModule.values()) {
            if (me.may(module)) {
                navigation.add(new NavItem(module.labelKey(), module.href(), isIn(path, module.href())));
            }
        }
        if (me.superUser()) {
            navigation.add(new NavItem("nav.settings", SETTINGS_PATH + "/access", isIn(path, SETTINGS_PATH)));
        }
        return new PageContext.Shell(me.companyName(), me.name(), me.msisdn(), me.superUser(), navigation, "/",
                me.employee() ? new PageContext.SideSwitch(Side.EMPLOYEE.name(), "layout.switchToEmployee") : null);
    }

    /** The employee's own pages only (#15.2); the switch back when they are an administrator too. */
    private static PageContext.Shell shell(EmployeePrincipal me, String path) {
        List<NavItem> navigation = new ArrayList<>();
        for (EmployeePage page : EmployeePage.values()) {
            navigation.add(new NavItem(page.labelKey(), page.href(), page.isAt(path)));
        }
        return new PageContext.Shell(me.companyName(), me.name(), me.msisdn(), false, navigation, EmployeePrincipal.HOME,
                me.mayAdminister() ? new PageContext.SideSwitch(Side.ADMINISTRATOR.name(), "layout.switchToAdministrator") : null);
    }

    /** The operator's staff (#17.4): the order queue only, under the operator's name instead of a company's. */
    private PageContext.Shell shell(StaffPrincipal me, String path, Locale locale) {
        return new PageContext.Shell(messages.getMessage("staff.shell.operator", null, locale), me.name(), me.msisdn(), false,
                List.of(new NavItem("staff.nav.orders", StaffPrincipal.HOME, path.startsWith(StaffPrincipal.HOME))), StaffPrincipal.HOME,
                null);
    }

    private static boolean isIn(String path, String href) {
        return "/".equals(href) ? "/".equals(path) || path.startsWith("/dashboard") : path.startsWith(href);
    }
}
