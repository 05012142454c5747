package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalog.Procedure;
import vn.motcua.web.ApiException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reuse of papers handed in before: each one the logged-in citizen's own, each with their
 * consent, copied into the new dossier and recorded ({@code paper_reuse}) with the paper
 * it came from, the citizen's ID number and the time of consent.
 */
@Component
class PaperReuse {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final ReusablePapers papers;

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	PaperReuse(ReusablePapers papers, NamedParameterJdbcTemplate jdbc, MessageSource messages, Clock clock) {
		this.papers = papers;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the citizen agrees to, as the portal shows it and the record keeps it. */
	String consentText() {
		return this.messages.getMessage("citizen.reuse.consent", null, VIETNAMESE);
	}

	/**
	 * The files the request reuses, each checked: a login (the identity comes from the
	 * session), consent (422), and a paper of this citizen's (403, the same for an
	 * unknown id: nothing tells whose another file is).
	 */
	List<Reused> resolve(List<OnlineSubmissionRequest.Reuse> asked, CitizenIdentity citizen, Procedure procedure) {
		if (asked.isEmpty()) {
			return List.of();
		}
		if (citizen == null) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "citizen-login-required", "citizen.reuse.login-required");
		}
		for (OnlineSubmissionRequest.Reuse reuse : asked) {
			if (!Boolean.TRUE.equals(reuse.consent())) {
				throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "reuse-consent-required",
						"citizen.reuse.consent-required", paperName(procedure, reuse.paper()));
			}
		}
		Map<Long, ReusablePapers.ReusablePaper> mine = this.papers.of(citizen.idNumber())
			.stream()
			.collect(Collectors.toMap(ReusablePapers.ReusablePaper::id, Function.identity()));
		List<Reused> reused = new ArrayList<>();
		for (OnlineSubmissionRequest.Reuse reuse : asked) {
			ReusablePapers.ReusablePaper source = mine.get(reuse.fileId());
			Upload file = (source != null) ? this.papers.file(source.id()).orElse(null) : null;
			if (file == null) {
				throw new ApiException(HttpStatus.FORBIDDEN, "paper-not-yours", "citizen.reuse.not-yours");
			}
			reused.add(new Reused(reuse.paper(), source, file));
		}
		return reused;
	}

	/**
	 * Records each reuse of {@code dossierCode}: {@code stored} gives the id the copy got
	 * in the new dossier.
	 */
	void record(String dossierCode, List<Reused> reused, Map<Upload, Long> stored, Procedure procedure,
			CitizenIdentity citizen) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String consent = consentText();
		for (Reused reuse : reused) {
			this.jdbc.update("insert into paper_reuse (dossier_code, file_id, paper_index, paper_name, "
					+ "source_dossier_code, source_file_id, citizen_id_number, consent_text, consented_at) values "
					+ "(:code, :file, :paper, :name, :sourceCode, :sourceFile, :citizen, :consent, :at)",
					new MapSqlParameterSource("code", dossierCode).addValue("file", stored.get(reuse.upload()))
						.addValue("paper", reuse.paper())
						.addValue("name", paperName(procedure, reuse.paper()))
						.addValue("sourceCode", reuse.source().dossierCode())
						.addValue("sourceFile", reuse.source().id())
						.addValue("citizen", citizen.idNumber())
						.addValue("consent", consent)
						.addValue("at", now));
		}
	}

	private static String paperName(Procedure procedure, Integer paper) {
		return (paper != null && paper >= 0 && paper < procedure.documents().size())
				? procedure.documents().get(paper).name() : "số " + paper;
	}

	/**
	 * A paper reused for the procedure's paper number {@code paper}.
	 *
	 * @param paper the slot, from 0
	 * @param source where it comes from
	 * @param upload its file, copied into the new dossier
	 */
	record Reused(int paper, ReusablePapers.ReusablePaper source, Upload upload) {

	}

}
