package no.bedriftsportal.usage;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/** The CRM buys extra data packages for a subscription (IC3). */
@RestController
@Tag(name = "Extra data packages", description = "Extra data packages bought for a subscription")
class ExtraPackageOperatorApi {

    private final BuyExtraPackage buyExtraPackage;
    private final Subscriptions subscriptions;

    ExtraPackageOperatorApi(BuyExtraPackage buyExtraPackage, Subscriptions subscriptions) {
        this.buyExtraPackage = buyExtraPackage;
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/operator/subscriptions/{msisdn}/extra-packages")
    @Operation(summary = "Buy an extra data package (EXTRA_1, EXTRA_5, EXTRA_15), paid by COMPANY, SALARY or VIPPS; "
            + "it lasts until the month of boughtAt (default now) ends")
    ResponseEntity<ExtraPackagePurchase> buy(@PathVariable String msisdn, @Valid @RequestBody Purchase request) {
        Payer payer = Arrays.stream(Payer.values()).filter(p -> p.name().equals(request.payer())).findFirst()
                .orElseThrow(() -> new InvalidInputException("payer", "extraPackage.payer.required",
                        "payer must be COMPANY, SALARY or VIPPS"));
        ExtraPackagePurchase purchase = buyExtraPackage.buy(msisdn, request.code(), payer, request.boughtAt(), "OPERATOR");
        return ResponseEntity.created(URI.create("/api/operator/subscriptions/" + msisdn + "/extra-packages")).body(purchase);
    }

    @GetMapping("/api/operator/subscriptions/{msisdn}/extra-packages")
    @Operation(summary = "The extra packages of the number's latest subscription, newest first, with the bytes used")
    List<ExtraPackagePurchase> list(@PathVariable String msisdn) {
        Subscription subscription = subscriptions.latest(msisdn);
        return buyExtraPackage.purchases(subscription.companyId(), subscription.id());
    }

    record Purchase(@NotBlank @Size(max = 40) @Schema(example = "EXTRA_5") String code,
            @NotBlank @Size(max = 20) @Schema(example = "COMPANY", allowableValues = {"COMPANY", "SALARY", "VIPPS"}) String payer,
            @Schema(description = "When it was bought; default now") Instant boughtAt) {
    }
}
