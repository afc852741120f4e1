package no.bedriftsportal.identity;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.shared.api.ApiDescriptions;
import no.bedriftsportal.shared.api.ApiDocument;

/**
 * Settings → API → documentation (#13.3): the company API's reference, generated from its OpenAPI
 * document, and the document itself to download through the session (super users only, as all of
 * Settings). The download is not audited: the document describes the API, the same for every
 * company, and carries no company data — the audited downloads are exports of a company's data.
 */
@Controller
@RequestMapping(PageContextAdvice.SETTINGS_PATH + "/api")
class ApiDocumentationController {

    private final ApiDescriptions descriptions;

    ApiDocumentationController(ApiDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping("/documentation")
    String documentation(HttpServletRequest request, Model model) {
        model.addAttribute("reference", ApiReference.of(descriptions.model(ApiDocument.COMPANY, request)));
        model.addAttribute("apiUrl", ApiDocument.COMPANY.url());
        return "identity/api-documentation";
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> download(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bedriftsportal-api-v1.json").build()
                        .toString())
                .body(descriptions.json(ApiDocument.COMPANY, request));
    }
}
