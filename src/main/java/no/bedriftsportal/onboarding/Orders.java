package no.bedriftsportal.onboarding;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.OperatorStaff;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.StaffPrincipal;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Sha256;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Orders of the portal (#17.4, G1; ADR 0026): taken from the public form for a company that is
 * already the operator's mobile customer, followed by the orderer on an unguessable status page,
 * and decided by the operator's staff. Approving makes each named administrator a super user
 * through identity (who sends each the access SMS); rejecting e-mails the reason to the contact.
 * A decision is made once: the update is conditional on the order still being received.
 *
 * <p>Called on the operator's connections ({@code PortalRequestScope.crossCompany}): an order is
 * made before anyone is signed in, and staff belong to no company.
 */
@Service
class Orders {

    sealed interface Submitted {
        record Accepted(long orderId, String token) implements Submitted {
        }

        /** @param retryAfterSeconds above 0 when a rate limit refused it */
        record Refused(OrderErrors errors, long retryAfterSeconds) implements Submitted {
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrderRepository repository;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final PortalUsers portalUsers;
    private final OperatorStaff staff;
    private final OrderMails mails;
    private final ProofOfWork proofOfWork;
    private final OrderLimits limits;
    private final Clock clock;

    Orders(OrderRepository repository, Companies companies, Subscriptions subscriptions, PortalUsers portalUsers, OperatorStaff staff,
            OrderMails mails, ProofOfWork proofOfWork, OrderLimits limits, Clock clock) {
        this.repository = repository;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.portalUsers = portalUsers;
        this.staff = staff;
        this.mails = mails;
        this.proofOfWork = proofOfWork;
        this.limits = limits;
        this.clock = clock;
    }

    Terms currentTerms() {
        return repository.currentTerms(clock.instant()).orElseThrow(() -> new IllegalStateException("no terms in force"));
    }

    /** The operator's customer with this organisation number, if it is one. */
    Optional<KnownCompany> lookup(OrgNumber orgNumber) {
        try {
            Company company = companies.get(orgNumber.value());
            String address = String.join(", ", java.util.stream.Stream.of(company.addressLine(),
                    String.join(" ", java.util.stream.Stream.of(company.postalCode(), company.city()).filter(s -> s != null && !s.isBlank()).toList()))
                    .filter(s -> s != null && !s.isBlank()).toList());
            return Optional.of(new KnownCompany(company.id(), company.orgNumber(), company.name(), address));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes an order from the form: the honeypot, the address's rate limit and the proof of work
     * first (cheap refusals of machines), then the fields, then what needs the customer data (under
     * the organisation number's own rate limit).
     */
    @Transactional
    Submitted submit(OrderRequest form, String clientAddress) {
        OrderErrors errors = new OrderErrors();
        if (!form.website().isEmpty()) {
            return new Submitted.Refused(errors.add("form", "order.error.honeypot"), 0);
        }
        long wait = limits.submitFrom(clientAddress);
        if (wait > 0) {
            return new Submitted.Refused(errors.add("form", "order.error.tooMany", minutes(wait)), wait);
        }
        ProofOfWork.Verdict work = proofOfWork.verify(form.challenge(), form.nonce());
        if (work != ProofOfWork.Verdict.VALID) {
            return new Submitted.Refused(errors.add("form", "order.error.work." + work.name()), 0);
        }
        return checkAndPlace(form, network(clientAddress), true);
    }

    /** An order from the operator's own side (the demo's): the form's checks without the limits that guard against strangers. */
    @Transactional
    Submitted placeTrusted(OrderRequest form, String network) {
        return checkAndPlace(form, network, false);
    }

    private Submitted checkAndPlace(OrderRequest form, String network, boolean limited) {
        OrderErrors errors = new OrderErrors();
        long wait;
        Optional<OrgNumber> orgNumber = OrgNumber.parse(form.orgNumber());
        List<Msisdn> admins = OrderValidation.check(form, currentTerms().version(), errors);
        if (orgNumber.isEmpty()) {
            return new Submitted.Refused(errors, 0);
        }
        wait = limited ? limits.submitFor(orgNumber.get().value()) : 0;
        if (wait > 0) {
            return new Submitted.Refused(new OrderErrors().add("form", "order.error.tooMany", minutes(wait)), wait);
        }
        Optional<KnownCompany> company = lookup(orgNumber.get());
        if (company.isEmpty()) {
            errors.add("orgNumber", "order.error.orgNumber.notCustomer");
            return new Submitted.Refused(errors, 0);
        }
        for (int i = 0; i < form.admins().size(); i++) {
            Optional<Msisdn> admin = Msisdn.parse(form.admin(i));
            if (admin.isPresent() && !errors.has("admin" + i)
                    && subscriptions.activeToday(company.get().id(), admin.get()).isEmpty()) {
                errors.add("admin" + i, "order.error.admin.notInCompany");
            }
        }
        if (!errors.isEmpty()) {
            return new Submitted.Refused(errors, 0);
        }
        if (repository.pendingFor(orgNumber.get().value())) {
            return new Submitted.Refused(errors.add("form", "order.error.pending"), 0);
        }
        Instant now = clock.instant();
        String token = newToken();
        Order order = new Order(0, orgNumber.get().value(), company.get().name(), form.contactName(), form.contactEmail(),
                form.contactPhone(), admins.stream().map(Msisdn::value).toList(), form.signerName(), form.signerRole(),
                form.termsVersion(), now, network, OrderStatus.RECEIVED, now, null, null, null);
        long id = repository.insert(order, Sha256.of(token));
        mails.received(company.get().id(), order, id, orgNumber.get().display(), token);
        return new Submitted.Accepted(id, token);
    }

    /** The order behind a status page's token. */
    Optional<Order> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return repository.byToken(Sha256.of(token));
    }

    /** The staff queue: received orders first (oldest first), each with its checks as of now, then the latest decided. */
    List<CheckedOrder> queue() {
        return repository.queue(20).stream().map(this::checked).toList();
    }

    CheckedOrder checked(long orderId) {
        return checked(repository.find(orderId).orElseThrow(() -> new NotFoundException("order")));
    }

    /**
     * Approves an order (#17.4): the checks again as of now, the conditional update, a super user for
     * each administrator (identity sends each the access SMS), the company's audit log and the contact's mail.
     */
    @Transactional
    Order approve(long orderId, StaffPrincipal by, String clientAddress) {
        CheckedOrder checked = checked(orderId);
        if (checked.order().status() != OrderStatus.RECEIVED) {
            throw new ConflictException("order", "order.staff.error.decided", "the order is decided already");
        }
        if (!checked.allPass()) {
            throw new InvalidInputException("order", "order.staff.error.checksFail", "a check fails now: reject the order instead");
        }
        if (!repository.decide(orderId, OrderStatus.APPROVED, by.staffId(), by.name(), null, clock.instant())) {
            throw new ConflictException("order", "order.staff.error.decided", "the order is decided already");
        }
        KnownCompany company = checked.company().get();
        Actor actor = Actor.staff(by, clientAddress);
        for (AdminCheck admin : checked.admins()) {
            if (!admin.hasAccess()) {
                portalUsers.grant(company.id(), GrantAccess.superUser(admin.msisdn()), actor);
            }
        }
        Order order = repository.find(orderId).orElseThrow();
        staff.recordDecision(company.id(), by, true, reference(orderId), reference(orderId), clientAddress);
        mails.approved(company.id(), order, orderId);
        return order;
    }

    /** Rejects an order with a reason, which the contact is e-mailed. */
    @Transactional
    Order reject(long orderId, String reason, StaffPrincipal by, String clientAddress) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException("reason", "order.staff.error.reason", "a reason of 1–1000 characters is required");
        }
        Order before = repository.find(orderId).orElseThrow(() -> new NotFoundException("order"));
        if (!repository.decide(orderId, OrderStatus.REJECTED, by.staffId(), by.name(), why, clock.instant())) {
            throw new ConflictException("order", "order.staff.error.decided", "the order is decided already");
        }
        Optional<KnownCompany> company = OrgNumber.parse(before.orgNumber()).flatMap(this::lookup);
        company.ifPresent(known -> {
            staff.recordDecision(known.id(), by, false, reference(orderId), reference(orderId) + " – " + why, clientAddress);
            mails.rejected(known.id(), before, orderId, why);
        });
        return repository.find(orderId).orElseThrow();
    }

    String statusUrl(String token) {
        return mails.statusUrl(token);
    }

    /** How an order is named to people: {@code BP-000123}. */
    public static String reference(long orderId) {
        return "BP-%06d".formatted(orderId);
    }

    private CheckedOrder checked(Order order) {
        Optional<KnownCompany> company = OrgNumber.parse(order.orgNumber()).flatMap(this::lookup);
        Set<String> withAccess = new HashSet<>();
        company.ifPresent(known -> portalUsers.list(known.id()).stream().map(PortalUser::msisdn).map(Msisdn::value).forEach(withAccess::add));
        List<AdminCheck> admins = new ArrayList<>();
        for (String number : order.adminMsisdns()) {
            boolean active = company.isPresent() && subscriptions.activeToday(company.get().id(), new Msisdn(number)).isPresent();
            admins.add(new AdminCheck(number, active, withAccess.contains(number)));
        }
        return new CheckedOrder(order, company, admins);
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The address truncated to its network (/24 for IPv4, /48 for IPv6): enough to see a pattern, never a person's line. */
    static String network(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return "unknown"; // an address literal only: never a name to look up
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 4 ? "/24" : "/48");
        } catch (UnknownHostException | RuntimeException e) {
            return "unknown";
        }
    }
}
