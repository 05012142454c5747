package vn.motcua.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaperFile;
import vn.motcua.seal.ResultSeal;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The result document, attached by the counter officer who returns the result (the return
 * form links to {@code /quay/ket-qua.html}, which posts here): number, date, signer and
 * the signed file. Electronic return hands that file to the citizen through the public
 * look-up.
 */
@RestController
class ResultController {

	private final OfficerDossiers dossiers;

	private final ResultDocuments results;

	private final Clock clock;

	private final ResultSeal seal;

	ResultController(OfficerDossiers dossiers, ResultDocuments results, Clock clock, ResultSeal seal) {
		this.dossiers = dossiers;
		this.results = results;
		this.clock = clock;
		this.seal = seal;
	}

	/**
	 * A PDF result carries the center's seal (PAdES), which anyone can check at
	 * {@code /api/public/results/verify}; a scan in JPEG or PNG is kept as it is.
	 */
	private PaperFile sealed(PaperFile file, String number) {
		if (!"application/pdf".equals(file.contentType())) {
			return file;
		}
		try {
			return this.seal.seal(file.content(), "Văn bản kết quả số " + number)
				.flatMap((bytes) -> PaperFile.of(file.fileName(), bytes))
				.orElse(file);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "result-pdf-unreadable", "workspace.result.pdf-unreadable",
					PaperFile.safeName(file.fileName()));
		}
	}

	@GetMapping("/api/dossiers/{code}/result")
	ResponseEntity<ResultView> result(@PathVariable String code) {
		Dossier dossier = this.dossiers.visible(code);
		return this.results.find(dossier.code())
			.map((result) -> ResponseEntity.ok(ResultView.of(dossier.code(), result)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping(path = "/api/dossiers/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ResultView> attach(@PathVariable String code, @RequestParam(required = false) String number,
			@RequestParam(required = false) String signedOn, @RequestParam(required = false) String signer,
			@RequestParam(required = false) MultipartFile file) {
		Dossier dossier = this.dossiers.visible(code);
		Officer officer = Officer.current();
		if (!officer.agenciesWithRole("tiep-nhan").contains(dossier.receivingUnit())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "not-reception", "workspace.result.not-reception", code);
		}
		if (dossier.status() != DossierStatus.CHO_TRA_KET_QUA) {
			throw new ApiException(HttpStatus.CONFLICT, "result-not-ready", "workspace.result.not-ready", code,
					dossier.status().label());
		}
		LocalDate day = day(signedOn);
		if (blank(number, 100) || blank(signer, 200) || day == null || day.isAfter(LocalDate.now(this.clock))) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-result", "workspace.result.invalid");
		}
		if (file == null || file.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "result-file-required", "workspace.result.file-required");
		}
		PaperFile checked = PaperFile.of(file.getOriginalFilename(), bytes(file))
			.orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed",
					"dossier.scan.type-not-allowed", PaperFile.safeName(file.getOriginalFilename())));
		ResultDocuments.Result result = this.results.attach(dossier, number.strip(), day, signer.strip(),
				sealed(checked, number.strip()), officer.userId(), dossier.receivingUnit());
		return ResponseEntity.status(HttpStatus.CREATED).body(ResultView.of(dossier.code(), result));
	}

	private static LocalDate day(String value) {
		try {
			return (value == null) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value, int max) {
		return value == null || value.isBlank() || value.strip().length() > max;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param number document number
	 * @param signedOn date signed
	 * @param signer who signed
	 * @param url where officers open the file
	 */
	record ResultView(String number, LocalDate signedOn, String signer, String url) {

		static ResultView of(String code, ResultDocuments.Result result) {
			return new ResultView(result.number(), result.signedOn(), result.signer(),
					"/api/dossiers/" + code + "/files/" + result.fileId());
		}

	}

}
