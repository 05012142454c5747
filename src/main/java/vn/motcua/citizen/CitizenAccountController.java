package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.web.ApiException;
import vn.motcua.workspace.ElectronicResults;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Hồ sơ của tôi": a citizen logged in with VNeID sees who they are, their dossiers and
 * each one's progress and result, without typing the ID number. Every dossier is looked
 * up by the ID number the provider vouched for, never by one the request gives.
 */
@RestController
@RequestMapping("/api/citizen")
class CitizenAccountController {

	static final int MOST = 200;

	private final CitizenLogin login;

	private final DossierRegister register;

	private final PublicDossiers dossiers;

	private final ElectronicResults results;

	private final ReceiptPdf receipts;

	CitizenAccountController(CitizenLogin login, DossierRegister register, PublicDossiers dossiers,
			ElectronicResults results, ReceiptPdf receipts) {
		this.receipts = receipts;
		this.login = login;
		this.register = register;
		this.dossiers = dossiers;
		this.results = results;
	}

	/** Who is logged in; also sets the cookie the page's POSTs send back (CSRF). */
	@GetMapping("/me")
	CitizenIdentity me(CsrfToken csrf) {
		csrf.getToken();
		return citizen();
	}

	@GetMapping("/dossiers")
	List<MyDossier> dossiers() {
		return this.register.ofApplicant(citizen().idNumber(), MOST)
			.stream()
			.map((dossier) -> MyDossier.of(dossier, this.results.of(dossier).isPresent()))
			.toList();
	}

	@GetMapping("/dossiers/{code}")
	LookupResponse dossier(@PathVariable String code) {
		Dossier dossier = mine(code);
		return LookupResponse.of(dossier, this.register.events(dossier.code()), this.results.of(dossier).orElse(null),
				this.register.returnMethod(dossier.code()));
	}

	/** The receipt and appointment (Mẫu 01) of the citizen's accepted dossier. */
	@GetMapping("/dossiers/{code}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String code) {
		return PublicDossierController.receiptOf(mine(code), this.receipts);
	}

	@GetMapping("/dossiers/{code}/result")
	ResponseEntity<byte[]> result(@PathVariable String code) {
		Dossier dossier = mine(code);
		var result = this.results.of(dossier)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "result-not-available",
					"citizen.result.not-available", dossier.code()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(result.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(result.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(result.content());
	}

	/**
	 * The dossier {@code code} when it is the citizen's; 404 like an unknown code when
	 * not.
	 */
	private Dossier mine(String code) {
		return this.dossiers.find(code, citizen().idNumber());
	}

	private CitizenIdentity citizen() {
		return this.login.required();
	}

	/**
	 * A line of the list.
	 *
	 * @param resultAvailable the result can be downloaded (returned electronically)
	 */
	record MyDossier(String code, String procedureCode, String procedureName, String status, String statusLabel,
			String channel, OffsetDateTime submittedAt, OffsetDateTime dueAt, OffsetDateTime returnedAt,
			boolean resultAvailable) {

		static MyDossier of(Dossier dossier, boolean resultAvailable) {
			return new MyDossier(dossier.code(), dossier.procedureCode(), dossier.procedureName(),
					dossier.status().name(), dossier.status().label(), dossier.channel().label(), dossier.submittedAt(),
					dossier.dueAt(), dossier.returnedAt(), resultAvailable);
		}

	}

}
