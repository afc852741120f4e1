package no.bedriftsportal.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The login pages (G2): mobile number, then the one-time code sent by SMS. The answer to the
 * first step is the same whether or not the number has access.
 */
@Controller
class LoginController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginController.class);
    static final String CHALLENGE = LoginController.class.getName() + ".challenge";
    static final String NUMBER = LoginController.class.getName() + ".msisdn";

    private final RequestLoginCode requestLoginCode;
    private final VerifyLoginCode verifyLoginCode;
    private final LoginDevices devices;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final Clock clock;
    private final boolean demo;

    LoginController(RequestLoginCode requestLoginCode, VerifyLoginCode verifyLoginCode, LoginDevices devices,
            SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, Clock clock, Environment environment) {
        this.devices = devices;
        this.clock = clock;
        this.requestLoginCode = requestLoginCode;
        this.verifyLoginCode = verifyLoginCode;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.demo = environment.matchesProfiles("demo");
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String numberPage(@RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
            Model model) {
        model.addAttribute("form", new LoginForms.NumberForm("", null, null));
        model.addAttribute("notice", logout != null ? "login.notice.loggedOut" : expired != null ? "login.notice.newCodeNeeded" : null);
        model.addAttribute("demo", demo);
        return "identity/login";
    }

    @PostMapping(SecurityConfiguration.LOGIN_PAGE)
    String requestCode(@RequestParam(defaultValue = "") String msisdn, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var number = Msisdn.parse(msisdn);
        if (number.isEmpty()) {
            return numberPageWithError(msisdn, "login.error.invalidNumber", model, response);
        }
        // before anyone is signed in, the number's portal user may be of any company (ADR 0010)
        RequestLoginCode.Result result = PortalRequestScope.crossCompany(
                () -> requestLoginCode.request(number.get(), request.getRemoteAddr(), deviceToken(request)));
        if (result instanceof RequestLoginCode.Result.Refused refused) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, refused.retryAfter().toSeconds())));
            return numberPageWithError(msisdn, refused.messageKey(), model, response);
        }
        HttpSession session = request.getSession();
        session.setAttribute(CHALLENGE, ((RequestLoginCode.Result.Issued) result).challengeId());
        session.setAttribute(NUMBER, number.get().value());
        return "redirect:" + SecurityConfiguration.LOGIN_PAGE + "/code";
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE + "/code")
    String codePage(HttpSession session, Model model) {
        if (session.getAttribute(CHALLENGE) == null) {
            return "redirect:" + SecurityConfiguration.LOGIN_PAGE;
        }
        return codePageWith((String) session.getAttribute(NUMBER), null, model);
    }

    @PostMapping(SecurityConfiguration.LOGIN_PAGE + "/code")
    String verifyCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession(false);
        UUID challenge = session == null ? null : (UUID) session.getAttribute(CHALLENGE);
        if (challenge == null) {
            return "redirect:" + SecurityConfiguration.LOGIN_PAGE;
        }
        String msisdn = (String) session.getAttribute(NUMBER);
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            response.setStatus(400);
            return codePageWith(msisdn, new LoginForms.Problem("login.error.codeFormat", null), model);
        }
        VerifyLoginCode.Result result = PortalRequestScope.crossCompany(
                () -> verifyLoginCode.verify(challenge, digits, request.getRemoteAddr()));
        if (result instanceof VerifyLoginCode.Result.SignedIn signedIn) {
            return signIn(signedIn.person(), request, response);
        }
        if (result instanceof VerifyLoginCode.Result.StaffSignedIn staff) {
            return signInStaff(staff.member(), request, response);
        }
        if (result instanceof VerifyLoginCode.Result.WrongCode wrong) {
            response.setStatus(400);
            return codePageWith(msisdn, new LoginForms.Problem("login.error.wrongCode", wrong.attemptsLeft()), model);
        }
        session.removeAttribute(CHALLENGE);
        return "redirect:" + SecurityConfiguration.LOGIN_PAGE + "?expired";
    }

    /**
     * A new session, a new CSRF token, and the login in the new session only (session fixation,
     * G2). The pre-login session is deleted, not given a new id: a request still in flight on the
     * old id then saves into nothing, instead of writing the old id back over the signed-in one.
     * A passkey login ({@link PasskeySignIn}, #18.4) and single sign-on ({@link SsoLoginSuccess}, #18.5) end here too.
     */
    String signIn(LoginPerson person, HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        String target = saved == null ? null : localPath(saved.getRedirectUrl());
        Side side = sideFor(person, target);
        HttpSession preLogin = request.getSession(false);
        if (preLogin != null) {
            preLogin.invalidate();
        }
        rememberDevice(person.msisdn(), request, response);
        request.getSession(true);
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(person.companyId(), person.msisdn().value(), side, clock.instant()), null, List.of()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + (target == null || !onSide(target, side) ? home(side) : target);
    }

    /**
     * A member of the operator's staff (#17.4): the same fresh session and CSRF token as
     * {@link #signIn}, a session principal without a company, and always the staff queue.
     */
    private String signInStaff(StaffMember member, HttpServletRequest request, HttpServletResponse response) {
        // staff belong to no company, so no company's audit log: the application log keeps who and from where
        LOG.info("Operator staff {} ({}) signed in from {}", member.staffId(), member.name(), request.getRemoteAddr());
        HttpSession preLogin = request.getSession(false);
        if (preLogin != null) {
            preLogin.invalidate();
        }
        rememberDevice(member.msisdn(), request, response);
        request.getSession(true);
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInStaff(member.staffId(), member.msisdn().value(), clock.instant()), null, List.of()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + StaffPrincipal.HOME;
    }

    /**
     * The employee's side when the page asked for is one of theirs (the link in a notice) or when
     * they have no portal access; the administrator's otherwise.
     */
    private static Side sideFor(LoginPerson person, String target) {
        if (target != null && onSide(target, Side.EMPLOYEE) && person.mayBe(Side.EMPLOYEE)) {
            return Side.EMPLOYEE;
        }
        return person.firstSide();
    }

    static boolean onSide(String path, Side side) {
        boolean employeePage = path.equals(EmployeePrincipal.HOME) || path.startsWith(EmployeePrincipal.HOME + "/")
                || path.startsWith(EmployeePrincipal.HOME + "?");
        return employeePage == (side == Side.EMPLOYEE);
    }

    static String home(Side side) {
        return side == Side.EMPLOYEE ? EmployeePrincipal.HOME : "/";
    }

    /** The device's cookie from now on: this browser is the owner's own for this number (ADR 0003). */
    private void rememberDevice(Msisdn msisdn, HttpServletRequest request, HttpServletResponse response) {
        String token = devices.loggedIn(deviceToken(request), msisdn);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginDevices.COOKIE, token)
                .path(SecurityConfiguration.LOGIN_PAGE).maxAge(LoginDevices.LIFETIME).httpOnly(true)
                .secure(request.isSecure()).sameSite("Strict").build().toString());
    }

    private static String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> c.getName().equals(LoginDevices.COOKIE)).map(Cookie::getValue).findFirst()
                .orElse(null);
    }

    /** Only the path and query of the page asked for before login: never a host, whatever the Host header said. */
    static String localPath(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith(SecurityConfiguration.LOGIN_PAGE)) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private String numberPageWithError(String msisdn, String messageKey, Model model, HttpServletResponse response) {
        if (response.getStatus() < 400) {
            response.setStatus(400);
        }
        model.addAttribute("form", new LoginForms.NumberForm(msisdn, messageKey, null));
        model.addAttribute("notice", null);
        model.addAttribute("demo", demo);
        return "identity/login";
    }

    private String codePageWith(String msisdn, LoginForms.Problem problem, Model model) {
        model.addAttribute("msisdn", Msisdn.parse(msisdn).map(Msisdn::display).orElse(""));
        model.addAttribute("problem", problem);
        model.addAttribute("demo", demo);
        return "identity/login-code";
    }
}
