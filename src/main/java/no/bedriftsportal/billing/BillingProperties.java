package no.bedriftsportal.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.billing.*}: the operator as seller on every invoice, and the account customers pay to.
 *
 * @param bankAccount 11 digits
 */
@ConfigurationProperties("portal.billing")
record BillingProperties(Seller seller, String bankAccount) {

    BillingProperties {
        seller = seller == null ? new Seller(null, null, null, null, null, null) : seller;
        bankAccount = bankAccount == null ? "15032812349" : bankAccount;
    }

    Party sellerParty() {
        return new Party(seller.name(), seller.orgNumber(), seller.addressLine(), seller.postalCode(), seller.city(), "NO",
                seller.email());
    }

    record Seller(String name, String orgNumber, String addressLine, String postalCode, String city, String email) {
        Seller {
            name = name == null ? "Fjordnett Mobil AS" : name;
            orgNumber = orgNumber == null ? "987654325" : orgNumber;
            addressLine = addressLine == null ? "Postboks 4321 Nydalen" : addressLine;
            postalCode = postalCode == null ? "0405" : postalCode;
            city = city == null ? "Oslo" : city;
            email = email == null ? "faktura@fjordnett.no" : email;
        }
    }
}
