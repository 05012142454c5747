package vn.motcua.citizen;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Online submission by a citizen logged in with VNeID: the applicant's ID number (and
 * name) come from the login, never from the request, and papers handed in before can be
 * used again with their consent.
 */
@RestController
@RequestMapping("/api/citizen")
class CitizenSubmissionController {

	private final CitizenLogin login;

	private final MultipartSubmission submissions;

	private final ReusablePapers papers;

	private final PaperReuse reuse;

	private final Catalogue catalogue;

	CitizenSubmissionController(CitizenLogin login, MultipartSubmission submissions, ReusablePapers papers,
			PaperReuse reuse, Catalogue catalogue) {
		this.login = login;
		this.submissions = submissions;
		this.papers = papers;
		this.reuse = reuse;
		this.catalogue = catalogue;
	}

	/**
	 * The papers the citizen may use again; with {@code procedure}, each names the papers
	 * of that procedure it is the same kind as ({@code matches}).
	 */
	@GetMapping("/papers")
	ReusablePapersResponse papers(@RequestParam(name = "procedure", required = false) String procedureCode) {
		CitizenIdentity citizen = this.login.required();
		List<Procedure.RequiredDocument> slots = (procedureCode == null) ? List.of()
				: this.catalogue.procedure(procedureCode)
					.orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown-procedure",
							"dossier.procedure.unknown", procedureCode))
					.documents();
		List<ReusablePapers.ReusablePaper> mine = this.papers.of(citizen.idNumber()).stream().map((paper) -> {
			List<Integer> matches = new ArrayList<>();
			for (int i = 0; i < slots.size(); i++) {
				if (paper.isKindOf(slots.get(i).name())) {
					matches.add(i);
				}
			}
			return paper.matching(matches);
		}).toList();
		return new ReusablePapersResponse(this.reuse.consentText(), mine);
	}

	@PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SubmissionResponse> submit(@Valid @RequestPart("dossier") OnlineSubmissionRequest request,
			MultipartRequest multipart,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		CitizenIdentity citizen = this.login.required();
		SubmissionResponse created = this.submissions.submit(request.by(citizen), multipart, idempotencyKey, citizen);
		return ResponseEntity.created(URI.create("/api/citizen/dossiers/" + created.code())).body(created);
	}

	/**
	 * @param consentText what the citizen agrees to by ticking the box beside a reused
	 * paper
	 * @param papers their papers, newest first
	 */
	record ReusablePapersResponse(String consentText, List<ReusablePapers.ReusablePaper> papers) {

	}

}
