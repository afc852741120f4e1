package no.bedriftsportal.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The price list, so the CRM can check the codes it sends. */
@RestController
@RequestMapping("/api/operator/catalog")
@Tag(name = "Catalog", description = "Price plans and extra data packages")
class CatalogOperatorApi {

    private final Catalog catalog;

    CatalogOperatorApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Price plans and extra data packages (prices in NOK excluding VAT)")
    CatalogResource catalog() {
        return new CatalogResource(catalog.plans(), catalog.extraPackages());
    }

    record CatalogResource(List<PricePlan> plans, List<ExtraPackage> extraPackages) {
    }
}
