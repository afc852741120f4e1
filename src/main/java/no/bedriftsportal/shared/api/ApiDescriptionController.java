package no.bedriftsportal.shared.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Each API's OpenAPI document, behind that API's own door: the company document to any valid
 * company token (it needs no scope), the operator document to the operator token. Not listed in the
 * documents themselves.
 */
@Hidden
@RestController
class ApiDescriptionController {

    private final ApiDescriptions descriptions;

    ApiDescriptionController(ApiDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<byte[]> company(HttpServletRequest request) {
        return document(ApiDocument.COMPANY, request);
    }

    @GetMapping("/api/operator/openapi.json")
    ResponseEntity<byte[]> operator(HttpServletRequest request) {
        return document(ApiDocument.OPERATOR, request);
    }

    private ResponseEntity<byte[]> document(ApiDocument document, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(descriptions.json(document, request));
    }
}
