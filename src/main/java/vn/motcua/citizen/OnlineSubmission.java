package vn.motcua.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.CommuneNames;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a dossier submitted online with its files, its idempotency key and its
 * process in one transaction: either all of it is stored or none of it.
 */
@Service
class OnlineSubmission {

	static final String ACTOR = "cong-dan";

	private static final Logger log = LoggerFactory.getLogger(OnlineSubmission.class);

	private static final List<String> ONLINE_LEVELS = List.of("toan-trinh", "mot-phan");

	private final Catalogue catalogue;

	private final DossierIntake intake;

	private final DossierRegister register;

	private final DossierFiles files;

	private final SubmissionKeys keys;

	private final LookupTokens tokens;

	private final PaperReuse reuse;

	OnlineSubmission(Catalogue catalogue, DossierIntake intake, DossierRegister register, DossierFiles files,
			SubmissionKeys keys, LookupTokens tokens, PaperReuse reuse) {
		this.reuse = reuse;
		this.catalogue = catalogue;
		this.intake = intake;
		this.register = register;
		this.files = files;
		this.keys = keys;
		this.tokens = tokens;
	}

	/**
	 * @param citizen the logged-in citizen, null for a submission without login (which
	 * cannot reuse papers)
	 */
	@Transactional
	SubmissionResponse submit(OnlineSubmissionRequest request, List<SubmittedPapers.SubmittedFile> files,
			CitizenIdentity citizen, String idempotencyKey, String bodyHash) {
		if (idempotencyKey != null) {
			var replay = replay(idempotencyKey, bodyHash);
			if (replay != null) {
				return replay;
			}
		}
		Procedure procedure = this.catalogue.procedure(request.procedureCode())
			.orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown-procedure",
					"dossier.procedure.unknown", request.procedureCode()));
		if (!ONLINE_LEVELS.contains(procedure.onlineLevel())) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "online-not-available",
					"citizen.procedure.not-online", procedure.code());
		}
		String commune = request.applicant().commune();
		if (commune != null && this.catalogue.agency(commune).filter((a) -> "xa".equals(a.kind())).isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-commune", "dossier.applicant.commune.unknown",
					commune);
		}
		if (commune == null) {
			// As the portal does: an address naming one commune of the catalogue gives
			// it.
			commune = CommuneNames.inAddress(this.catalogue.agencies(), request.applicant().address()).orElse(null);
		}
		Agency unit = receivingUnit(request.receivingUnit(), procedure, commune);
		List<PaperReuse.Reused> reused = this.reuse.resolve(request.reused(), citizen, procedure);
		List<SubmittedPapers.SubmittedFile> all = new ArrayList<>(files);
		reused.forEach((paper) -> all.add(new SubmittedPapers.SubmittedFile(paper.paper(), paper.upload())));
		List<SubmittedPapers.PaperUpload> papers = SubmittedPapers.assign(procedure, all);
		String postalAddress = postalAddress(request);
		Dossier dossier = this.intake.register(procedure, unit, Channel.TRUC_TUYEN, request.applicant().toApplicant(),
				commune, this.tokens.next(), null, ACTOR);
		if (request.sets() != null) {
			this.register.keepSets(dossier.code(), request.sets());
		}
		if (request.returnMethod() != null) {
			this.intake.chooseReturn(dossier, request.returnMethod(), postalAddress);
		}
		Map<Upload, Long> stored = this.files.storePapers(dossier.code(), papers);
		this.reuse.record(dossier.code(), reused, stored, procedure, citizen);
		if (idempotencyKey != null) {
			this.keys.remember(idempotencyKey, bodyHash, dossier.code());
		}
		log.info("Dossier {} submitted online for procedure {} with {} files, {} of them reused", dossier.code(),
				procedure.code(), papers.size(), reused.size());
		return new SubmissionResponse(dossier.code(), DossierStatus.CHO_TIEP_NHAN.name(), dossier.lookupToken());
	}

	/** By post: the address given for the result, else the applicant's address. */
	private static String postalAddress(OnlineSubmissionRequest request) {
		if (!"buu-chinh".equals(request.returnMethod())) {
			return null;
		}
		String address = (request.returnAddress() != null && !request.returnAddress().isBlank())
				? request.returnAddress().strip() : request.applicant().toApplicant().address();
		if (address == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "return-address-required",
					"citizen.return-address.required");
		}
		return address;
	}

	/**
	 * The answer already given to this key, {@code null} if the key is new; a key reused
	 * with another body is refused.
	 */
	@Transactional(readOnly = true)
	SubmissionResponse replay(String idempotencyKey, String bodyHash) {
		var stored = this.keys.find(idempotencyKey);
		if (stored.isEmpty()) {
			return null;
		}
		if (!stored.get().bodyHash().equals(bodyHash)) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
					"citizen.idempotency-key.reused");
		}
		Dossier dossier = this.register.get(stored.get().dossierCode());
		return new SubmissionResponse(dossier.code(), DossierStatus.CHO_TIEP_NHAN.name(), dossier.lookupToken());
	}

	/**
	 * The unit asked for; otherwise the applicant's own commune when it receives the
	 * procedure (a commune-level dossier is received where the applicant lives). A
	 * commune-level procedure received by several communes is never sent to one of them
	 * by guess: without the applicant's commune it is refused. Otherwise the procedure's
	 * first receiving unit (the center, for a province-level procedure).
	 */
	private Agency receivingUnit(String requested, Procedure procedure, String commune) {
		String code = requested;
		if (code == null || code.isBlank()) {
			boolean communeLevel = "xa".equals(procedure.level()) && procedure.receivingUnits().size() > 1;
			if (commune != null && procedure.receivingUnits().contains(commune)) {
				code = commune;
			}
			else if (communeLevel && commune == null) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "commune-required", "citizen.commune.required",
						procedure.code());
			}
			else {
				code = communeLevel ? commune : procedure.receivingUnits().get(0);
			}
		}
		if (!procedure.receivingUnits().contains(code)) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "procedure-not-received-here",
					"citizen.receiving-unit.not-allowed", code, procedure.code());
		}
		return this.catalogue.agency(code).orElseThrow();
	}

}
