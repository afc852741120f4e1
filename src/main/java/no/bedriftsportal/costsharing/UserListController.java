package no.bedriftsportal.costsharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Fakturakontroll → Brukere (#14.2): every subscription in the user's customer numbers with its
 * employee, profile choice, pay type, employee number, agreement and Datakontroll; filters in the
 * URL; bulk changes of the selected rows (set profile, remove profile, set pay type), each in the
 * audit log. After a change the list shows again with the same filters.
 */
@Controller
class UserListController {

    private final UserList users;
    private final Assignments assignments;
    private final Companies companies;
    private final MessageSource messages;

    UserListController(UserList users, Assignments assignments, Companies companies, MessageSource messages) {
        this.users = users;
        this.assignments = assignments;
        this.companies = companies;
        this.messages = messages;
    }

    @GetMapping(UserListFilter.PATH)
    String list(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String choice, @RequestParam(required = false) String payType,
            @RequestParam(required = false) String withoutEmployeeNumber, Model model) {
        UserListFilter filter = UserListFilter.parse(customerNumber, choice, payType, withoutEmployeeNumber);
        Object flash = model.getAttribute("flash");
        model.addAttribute("users", page(me, filter, Set.of(), null, flash == null ? null : flash.toString()));
        return "costsharing/users";
    }

    @PostMapping(UserListFilter.PATH + "/bulk")
    String bulk(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) String action,
            @RequestParam(required = false) List<Long> subscriptionIds, @RequestParam(required = false) String profileId,
            @RequestParam(required = false) String payType, @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) String choice, @RequestParam(required = false) String payTypeFilter,
            @RequestParam(required = false) String withoutEmployeeNumber, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        UserListFilter filter = UserListFilter.parse(customerNumber, choice, payTypeFilter, withoutEmployeeNumber);
        List<Long> ids = subscriptionIds == null ? List.of() : subscriptionIds;
        try {
            UserList.BulkAction bulkAction = parseAction(action);
            int changed = users.bulk(me.scope(), bulkAction, ids, parseProfileId(bulkAction, profileId), payType,
                    ChangedBy.of(me));
            redirect.addFlashAttribute("flash", message(request, "invoiceControl.users.bulk.done." + bulkAction.name(), changed));
            return "redirect:" + filter.href();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            String error = messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), RequestContextUtils.getLocale(request));
            model.addAttribute("users", page(me, filter, Set.copyOf(ids), error, null));
            return "costsharing/users";
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("users", page(me, filter, Set.of(), message(request, "invoiceControl.users.error.notFound"), null));
            return "costsharing/users";
        }
    }

    private UsersPage page(PortalPrincipal me, UserListFilter filter, Set<Long> selected, String error, String flash) {
        List<UserListRow> rows = new ArrayList<>(users.list(me.scope(), filter, UserList.MAX_ROWS + 1));
        boolean truncated = rows.size() > UserList.MAX_ROWS;
        if (truncated) {
            rows = rows.subList(0, UserList.MAX_ROWS);
        }
        return new UsersPage(filter, rows, truncated, companies.customerAccounts(me.scope()), assignments.profiles(me.companyId()),
                users.payTypes(me.companyId()), selected, error, flash);
    }

    private static UserList.BulkAction parseAction(String action) {
        for (UserList.BulkAction known : UserList.BulkAction.values()) {
            if (known.name().equals(action)) {
                return known;
            }
        }
        throw new InvalidInputException("action", "invoiceControl.users.error.action", "choose what to do with the selected");
    }

    private static Long parseProfileId(UserList.BulkAction action, String profileId) {
        if (action != UserList.BulkAction.SET_PROFILE) {
            return null;
        }
        if (profileId == null || !profileId.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException("profileId", "invoiceControl.users.error.profileRequired", "choose a profile");
        }
        return Long.parseLong(profileId.strip());
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }
}
