package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Officers' access to the register: counter submission, search, and the full record of
 * one dossier.
 */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

	/** Scans in one submission; the container allows 30 parts. */
	static final int MAX_SCANS = 20;

	private final DossierIntake intake;

	private final DossierRegister register;

	private final DossierRecords records;

	private final DossierWithdrawal withdrawal;

	private final Clock clock;

	DossierController(DossierIntake intake, DossierRegister register, DossierRecords records,
			DossierWithdrawal withdrawal, Clock clock) {
		this.intake = intake;
		this.register = register;
		this.records = records;
		this.withdrawal = withdrawal;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<DossierRecord> submit(@Valid @RequestBody CounterSubmission submission) {
		Dossier dossier = this.intake.submitAtCounter(submission, Officer.current());
		return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.code())).body(this.records.of(dossier));
	}

	/**
	 * The counter intake page's submission: the same dossier as JSON in part
	 * {@code dossier}, and the scans of its papers in parts {@code files}, each paper
	 * naming its scan by index ({@code documents[].scan}).
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DossierRecord> submitWithScans(@Valid @RequestPart("dossier") CounterSubmission submission,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		List<PaperFile> scans = new ArrayList<>();
		for (MultipartFile file : (files == null) ? List.<MultipartFile>of() : files) {
			if (scans.size() == MAX_SCANS) {
				throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-files", "dossier.scans.too-many",
						MAX_SCANS);
			}
			scans.add(PaperFile.of(file.getOriginalFilename(), bytes(file))
				.orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed",
						"dossier.scan.type-not-allowed", PaperFile.safeName(file.getOriginalFilename()))));
		}
		Dossier dossier = this.intake.submitAtCounter(submission, Officer.current(), scans);
		return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.code())).body(this.records.of(dossier));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping
	Page<DossierSummary> search(@RequestParam(required = false) String status,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > 100) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "dossier.page.invalid");
		}
		Officer officer = Officer.current();
		Set<String> visible = officer.seesEveryAgency() ? null : officer.agencies();
		DossierFilter filter = new DossierFilter(status(status), agency, overdue, from, to, visible,
				OffsetDateTime.now(this.clock), page, size);
		List<DossierSummary> items = this.register.search(filter).stream().map(DossierSummary::of).toList();
		return new Page<>(items, page, size, this.register.count(filter));
	}

	@GetMapping("/{code}")
	DossierRecord one(@PathVariable String code) {
		Officer officer = Officer.current();
		return this.register.find(code)
			.filter((dossier) -> officer.sees(dossier.receivingUnit(), dossier.agency()))
			.map(this.records::of)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "dossier.not-found", code));
	}

	@PostMapping("/{code}/withdrawal")
	ResponseEntity<DossierRecord> withdraw(@PathVariable String code, @Valid @RequestBody WithdrawalRequest request) {
		Officer officer = Officer.current();
		Dossier dossier = this.register.find(code)
			.filter((d) -> officer.sees(d.receivingUnit(), d.agency()))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "dossier-not-found", "dossier.not-found", code));
		this.withdrawal.withdraw(dossier, request.reason());
		return ResponseEntity.ok(this.records.of(this.register.get(code)));
	}

	/**
	 * The applicant's request to withdraw, as the officer records it.
	 *
	 * @param reason reason given
	 */
	record WithdrawalRequest(@Size(max = 2000, message = "{dossier.note.too-long}") String reason) {

	}

	private static DossierStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DossierStatus.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "dossier.invalid-status", value);
		}
	}

	/**
	 * One page of results.
	 *
	 * @param items the page
	 * @param page page number from 0
	 * @param size page size
	 * @param totalItems number of matches in all
	 */
	record Page<T>(List<T> items, int page, int size, long totalItems) {

	}

}
