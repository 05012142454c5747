package vn.motcua.citizen;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.ApiException;
import vn.motcua.workspace.ElectronicResults;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Online submission and look-up of a dossier, without login. Every answer about an
 * existing dossier needs its code and the applicant's ID number.
 */
@RestController
@RequestMapping("/api/public/dossiers")
class PublicDossierController {

	private static final Logger log = LoggerFactory.getLogger(PublicDossierController.class);

	private static final Pattern PAPER_PART = Pattern.compile("paper-(\\d{1,2})");

	private final OnlineSubmission submission;

	private final Uploads uploads;

	private final PublicDossiers dossiers;

	private final DossierRegister register;

	private final ObjectMapper json;

	private final ReceiptPdf receipts;

	private final DossierFiles files;

	private final SupplementIntake supplements;

	private final Evaluations evaluations;

	private final ElectronicResults electronicResults;

	PublicDossierController(OnlineSubmission submission, Uploads uploads, PublicDossiers dossiers,
			DossierRegister register, ObjectMapper json, ReceiptPdf receipts, DossierFiles files,
			SupplementIntake supplements, Evaluations evaluations, ElectronicResults electronicResults) {
		this.electronicResults = electronicResults;
		this.receipts = receipts;
		this.files = files;
		this.supplements = supplements;
		this.evaluations = evaluations;
		this.submission = submission;
		this.uploads = uploads;
		this.dossiers = dossiers;
		this.register = register;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SubmissionResponse> submit(@Valid @RequestPart("dossier") OnlineSubmissionRequest request,
			MultipartRequest multipart,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"citizen.idempotency-key.invalid");
		}
		List<SubmittedPapers.SubmittedFile> checked = filesByPaper(multipart);
		String bodyHash = bodyHash(request, checked);
		SubmissionResponse created;
		try {
			created = this.submission.submit(request, checked, idempotencyKey, bodyHash);
		}
		catch (DuplicateKeyException ex) {
			// The same key committed by a concurrent retry: answer with its dossier.
			created = (idempotencyKey != null) ? this.submission.replay(idempotencyKey, bodyHash) : null;
			if (created == null) {
				throw failed(request, ex);
			}
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (CannotGetJdbcConnectionException | TransientDataAccessException ex) {
			// The database is away for a moment: nothing was stored, the citizen may
			// retry.
			// Anything else is a bug, answered 500 by the advice.
			throw failed(request, ex);
		}
		return ResponseEntity.created(URI.create("/api/public/dossiers/" + created.code())).body(created);
	}

	@GetMapping("/{code}")
	LookupResponse lookup(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader,
			@RequestParam(required = false) String idNumber) {
		var dossier = this.dossiers.find(code, PublicDossiers.idNumber(idHeader, idNumber));
		return LookupResponse.of(dossier, this.register.events(dossier.code()),
				this.electronicResults.of(dossier).orElse(null), this.register.returnMethod(dossier.code()));
	}

	/** The result document, once returned electronically (Trả kết quả điện tử). */
	@GetMapping("/{code}/result")
	ResponseEntity<byte[]> result(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader) {
		var dossier = this.dossiers.find(code, PublicDossiers.idNumber(idHeader, null));
		var result = this.electronicResults.of(dossier)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "result-not-available",
					"citizen.result.not-available", dossier.code()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(result.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(result.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(result.content());
	}

	@GetMapping("/{code}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader,
			@RequestParam(required = false) String idNumber) {
		var dossier = this.dossiers.find(code, PublicDossiers.idNumber(idHeader, idNumber));
		if (dossier.acceptedAt() == null || dossier.dueAt() == null) {
			throw new ApiException(HttpStatus.CONFLICT, "not-accepted-yet", "citizen.receipt.not-accepted",
					dossier.code(), dossier.status().label());
		}
		byte[] pdf = this.receipts.render(dossier);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("giay-tiep-nhan-" + dossier.code() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@PostMapping(path = "/{code}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<LookupResponse> supplement(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader,
			@RequestParam(required = false) String idNumber,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "note", required = false) String note) {
		// idNumber: a multipart field (or the query of older clients)
		var dossier = this.dossiers.find(code, PublicDossiers.idNumber(idHeader, idNumber));
		List<Upload> checked = this.uploads.check(files);
		this.supplements.supplement(dossier, checked, note);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(LookupResponse.of(this.register.get(dossier.code()), this.register.events(dossier.code()), null,
					this.register.returnMethod(dossier.code())));
	}

	@PostMapping("/{code}/evaluation")
	ResponseEntity<Void> evaluate(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader,
			@Valid @RequestBody EvaluationRequest request) {
		var dossier = this.dossiers.find(code, PublicDossiers.idNumber(idHeader, request.idNumber()));
		this.evaluations.rate(dossier, request);
		return ResponseEntity.created(URI.create("/api/public/dossiers/" + dossier.code() + "/evaluation")).build();
	}

	private static ApiException failed(OnlineSubmissionRequest request, RuntimeException ex) {
		log.error("Online submission for procedure {} failed; nothing was stored", request.procedureCode(), ex);
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "submission-failed", "citizen.submission.failed");
	}

	/**
	 * The file parts of a submission, checked, each with the paper it was sent for:
	 * {@code paper-<n>} for the procedure's paper number n, {@code files} (the first
	 * contract's name) for none; any other part name is refused.
	 */
	private List<SubmittedPapers.SubmittedFile> filesByPaper(MultipartRequest multipart) {
		List<Integer> papers = new ArrayList<>();
		List<MultipartFile> files = new ArrayList<>();
		multipart.getMultiFileMap().forEach((name, parts) -> {
			if ("dossier".equals(name)) {
				return;
			}
			Integer paper = null;
			if (!"files".equals(name)) {
				Matcher numbered = PAPER_PART.matcher(name);
				if (!numbered.matches()) {
					throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-file-part", "citizen.file-part.unknown");
				}
				paper = Integer.valueOf(numbered.group(1));
			}
			for (MultipartFile part : parts) {
				if (part != null && !part.isEmpty()) {
					papers.add(paper);
					files.add(part);
				}
			}
		});
		List<Upload> checked = this.uploads.check(files);
		List<SubmittedPapers.SubmittedFile> submitted = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			submitted.add(new SubmittedPapers.SubmittedFile(papers.get(i), checked.get(i)));
		}
		return submitted;
	}

	private String bodyHash(OnlineSubmissionRequest request, List<SubmittedPapers.SubmittedFile> checked) {
		try {
			StringBuilder body = new StringBuilder(this.json.writeValueAsString(request));
			checked.forEach((file) -> body.append('\n')
				.append(file.paper())
				.append(':')
				.append(file.upload().fileName())
				.append(':')
				.append(file.upload().sha256()));
			return Uploads.sha256(body.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
