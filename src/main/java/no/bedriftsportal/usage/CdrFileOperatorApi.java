package no.bedriftsportal.usage;

import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * The operator's door for CDR files (U1, U3): upload one, list the ledger, read a file's rejections.
 * A file refused whole is answered 422 with why and its ledger entry; one not ingested because the
 * database is away, or the application stops, 503: nothing of it was kept, send it again.
 */
@RestController
@RequestMapping("/api/operator/cdr-files")
@Tag(name = "Usage files", description = "Call detail record files: upload, ledger and rejected records")
class CdrFileOperatorApi {

    private static final URI REFUSED = URI.create("https://bedriftsportal.no/problems/cdr-file-refused");
    private static final URI NOT_NOW = URI.create("https://bedriftsportal.no/problems/cdr-file-not-ingested-now");

    private final IngestCdrFile ingest;
    private final CdrFileRepository ledger;

    CdrFileOperatorApi(IngestCdrFile ingest, CdrFileRepository ledger) {
        this.ingest = ingest;
        this.ledger = ledger;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ingest a CDR file (CSV or .csv.gz, form field 'file'); the same content again changes nothing. "
            + "Answers with the file's counts: records = rated + duplicate + rejected; 422 when the file is refused whole "
            + "(not readable, or past a limit of what one file may cost), with why and its ledger entry (cdrFileId); "
            + "503 when it could not be ingested now (send it again)")
    ResponseEntity<CdrFileSummary> upload(@RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "cdr.file.empty", "file is empty");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile("cdr-upload-", ".tmp");
            file.transferTo(temporary);
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                    : Path.of(file.getOriginalFilename()).getFileName().toString();
            CdrFileSummary summary = ingest.ingest(temporary, name, CdrSource.UPLOAD);
            return ResponseEntity.status(summary.alreadyIngested() ? HttpStatus.OK : HttpStatus.CREATED).body(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }

    @GetMapping
    @Operation(summary = "The ledger, newest first, with each file's counts")
    List<CdrFileSummary> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return ledger.latest(Math.max(0, offset), Math.min(Math.max(1, limit), 1000));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One file with its rejected records (line, cdr_id, reason, the line itself; the first "
            + "portal.usage.ingest.rejections-kept of them by line) and the count per reason of those past them")
    CdrFileDetail get(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "1000") int limit) {
        CdrFileSummary summary = ledger.find(id).orElseThrow(() -> new NotFoundException("CDR file " + id));
        return new CdrFileDetail(summary, ledger.rejections(id, Math.max(0, offset), Math.min(Math.max(1, limit), 10_000)),
                ledger.rejectionsNotKept(id));
    }

    /**
     * @param rejections        the rejected records kept whole, by line (a page of them)
     * @param rejectionsNotKept the rejected records past those, counted per reason
     */
    record CdrFileDetail(CdrFileSummary file, List<CdrRejection> rejections, List<RejectionCount> rejectionsNotKept) {
    }

    /** A file refused whole: 422, with why and its ledger entry. */
    @ExceptionHandler(CdrFileRefused.class)
    ProblemDetail refused(CdrFileRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.reason());
        problem.setType(REFUSED);
        problem.setTitle("CDR file refused");
        problem.setProperty("cdrFileId", refused.ledgerId());
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", refused.reason())));
        return problem;
    }

    /** Not ingested now, nothing kept: 503, to be sent again. */
    @ExceptionHandler({IngestUnavailable.class, IngestStopped.class})
    ResponseEntity<ProblemDetail> notNow(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing of the file was kept, send it again");
        problem.setType(NOT_NOW);
        problem.setTitle("CDR file not ingested now");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }
}
