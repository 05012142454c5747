package vn.motcua.citizen;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.ApiException;
import vn.motcua.workspace.ElectronicResults;

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

	private final MultipartSubmission submissions;

	private final Uploads uploads;

	private final PublicDossiers dossiers;

	private final DossierRegister register;

	private final ReceiptPdf receipts;

	private final DossierFiles files;

	private final SupplementIntake supplements;

	private final Evaluations evaluations;

	private final ElectronicResults electronicResults;

	PublicDossierController(MultipartSubmission submissions, Uploads uploads, PublicDossiers dossiers,
			DossierRegister register, ReceiptPdf receipts, DossierFiles files, SupplementIntake supplements,
			Evaluations evaluations, ElectronicResults electronicResults) {
		this.electronicResults = electronicResults;
		this.receipts = receipts;
		this.files = files;
		this.supplements = supplements;
		this.evaluations = evaluations;
		this.submissions = submissions;
		this.uploads = uploads;
		this.dossiers = dossiers;
		this.register = register;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SubmissionResponse> submit(@Valid @RequestPart("dossier") OnlineSubmissionRequest request,
			MultipartRequest multipart,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		// Without a login: no reuse of earlier papers (refused by the submission).
		SubmissionResponse created = this.submissions.submit(request, multipart, idempotencyKey, null);
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
		return receiptOf(this.dossiers.find(code, PublicDossiers.idNumber(idHeader, idNumber)), this.receipts);
	}

	/**
	 * The receipt and appointment (Mẫu 01) of an accepted dossier, as a PDF shown in the
	 * browser; 409 before acceptance. Also what a logged-in citizen downloads.
	 */
	static ResponseEntity<byte[]> receiptOf(Dossier dossier, ReceiptPdf receipts) {
		if (dossier.acceptedAt() == null || dossier.dueAt() == null) {
			throw new ApiException(HttpStatus.CONFLICT, "not-accepted-yet", "citizen.receipt.not-accepted",
					dossier.code(), dossier.status().label());
		}
		byte[] pdf = receipts.render(dossier);
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

}
