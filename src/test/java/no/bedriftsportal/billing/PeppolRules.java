package no.bedriftsportal.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

/**
 * The official PEPPOL BIS Billing 3.0 validation (UBL schema, EN 16931 and PEPPOL schematrons,
 * including the Norwegian NO-R rules), through phive. Loading the rules takes seconds: once per JVM.
 */
final class PeppolRules {

    static final DVRCoordinate INVOICE = PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
    static final DVRCoordinate CREDIT_NOTE = PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3;

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = new ValidationExecutorSetRegistry<>();

    static {
        PeppolValidation.initStandard(REGISTRY);
    }

    /** What the rules found: errors make a document invalid, warnings do not. */
    record Findings(List<String> errors, List<String> warnings) {
    }

    private PeppolRules() {
    }

    static Findings validate(byte[] xml, DVRCoordinate rules) {
        IValidationExecutorSet<IValidationSourceXML> executors = REGISTRY.getOfID(rules);
        if (executors == null) {
            throw new IllegalStateException("validation set not in phive-rules-peppol: " + rules.getAsSingleID());
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                executors, ValidationSourceXML.create(new ReadableResourceByteArray("ehf.xml", xml)));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        results.forEachFlattened(IError::isFailure, finding -> (finding.isError() ? errors : warnings).add(describe(finding)));
        return new Findings(errors, warnings);
    }

    private static String describe(IError finding) {
        return "[" + finding.getErrorID() + "] " + finding.getErrorText(Locale.ROOT)
                + (finding.getErrorFieldName() == null ? "" : " at " + finding.getErrorFieldName());
    }
}
