package no.bedriftsportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.bedriftsportal.shared.InvalidInputException;

/** The company API's value conventions: money, cursors, limits, scopes by path. */
class ApiConventionsTest {

    @Test
    void moneyIsAStringWithTwoDecimals() {
        assertThat(ApiMoney.of(new BigDecimal("1234.5"))).isEqualTo("1234.50");
        assertThat(ApiMoney.of(new BigDecimal("12345678.90"))).isEqualTo("12345678.90");
        assertThat(ApiMoney.of(new BigDecimal("-0.005"))).isEqualTo("-0.01");
        assertThat(ApiMoney.of(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(ApiMoney.of(null)).isNull();
    }

    @Test
    void aCursorComesBackAsItWentOutAndAMalformedOneNamesTheParameter() {
        String encoded = Cursor.of("2026-11-20", 42L, "Ærlig|Øst").encoded();

        Cursor decoded = Cursor.decode(encoded, 3);

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(decoded.keys()).containsExactly("2026-11-20", "42", "Ærlig|Øst");
        assertThat(decoded.parseLong(1)).isEqualTo(42L);
        assertThat(Cursor.decode(null, 1)).isNull();
        assertThat(Cursor.decode("", 1)).isNull();
        for (String malformed : List.of("!!", "%%%", encoded + "*")) {
            assertThatThrownBy(() -> Cursor.decode(malformed, 3)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> Cursor.decode(encoded, 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.of("x").encoded(), 1).parseLong(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageHasANextCursorOnlyWhenMoreRowsCame() {
        CursorPage<Integer> full = CursorPage.of(List.of(1, 2, 3), 2, n -> Cursor.of(n));
        CursorPage<Integer> last = CursorPage.of(List.of(1, 2), 2, n -> Cursor.of(n));

        assertThat(full.items()).containsExactly(1, 2);
        assertThat(Cursor.decode(full.nextCursor(), 1).parseLong(0)).isEqualTo(2);
        assertThat(last.items()).containsExactly(1, 2);
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void theLimitIs100UnlessGivenAndAtMost500() {
        assertThat(ApiLimit.of(null)).isEqualTo(100);
        assertThat(ApiLimit.of(1)).isEqualTo(1);
        assertThat(ApiLimit.of(500)).isEqualTo(500);
        for (int wrong : new int[] {0, -1, 501}) {
            assertThatThrownBy(() -> ApiLimit.of(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("limit"));
        }
    }

    @Test
    void scopesOpenTheirPathsAndTheClientsScopeIsItsCustomerNumbers() {
        assertThat(ApiScope.requiredFor("GET", "/api/v1/invoices")).contains(ApiScope.INVOICES_READ);
        assertThat(ApiScope.requiredFor("GET", "/api/v1/invoices/7/pdf")).contains(ApiScope.INVOICES_READ);
        assertThat(ApiScope.requiredFor("GET", "/api/v1/usage/2026-11")).contains(ApiScope.DASHBOARD_READ);
        assertThat(ApiScope.requiredFor("GET", "/api/v1/portal-users")).contains(ApiScope.ACCESS_READ);
        assertThat(ApiScope.requiredFor("GET", "/api/v1/company")).isEmpty();
        assertThat(ApiScope.requiredFor("GET", "/api/v1/customer-accounts")).isEmpty();
        assertThat(ApiScope.requiredFor("GET", "/api/v1/invoice-control/profiles")).contains(ApiScope.INVOICE_CONTROL_READ);
        assertThat(ApiScope.requiredFor("PUT", "/api/v1/invoice-control/profiles/3")).contains(ApiScope.INVOICE_CONTROL_MANAGE);
        assertThat(ApiScope.requiredFor("POST", "/api/v1/invoices")).isEmpty();
        assertThat(ApiScope.INVOICES_READ.authority()).isEqualTo("SCOPE_invoices:read");
        assertThat(ApiScope.of("access:read")).contains(ApiScope.ACCESS_READ);

        ApiClient limited = new ApiClient(7, 1, "Lønn", Set.of(ApiScope.INVOICES_READ), Set.of(10L));
        ApiClient whole = new ApiClient(7, 2, "BI", Set.of(ApiScope.DASHBOARD_READ), null);

        assertThat(limited.scope().companyId()).isEqualTo(7);
        assertThat(limited.scope().includes(10)).isTrue();
        assertThat(limited.scope().includes(11)).isFalse();
        assertThat(limited.may(ApiScope.INVOICES_READ)).isTrue();
        assertThat(limited.may(ApiScope.DASHBOARD_READ)).isFalse();
        assertThat(whole.scope().allCustomerAccounts()).isTrue();
    }
}
