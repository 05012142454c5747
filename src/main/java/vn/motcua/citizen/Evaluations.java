package vn.motcua.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRated;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.web.ApiException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction ratings: one per returned dossier ({@code evaluation}). A stored rating is
 * announced ({@link DossierRated}) in its transaction, for the national portal.
 */
@Repository
class Evaluations {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Evaluations(NamedParameterJdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	void rate(Dossier dossier, EvaluationRequest request) {
		if (dossier.status() != DossierStatus.DA_TRA_KET_QUA) {
			throw new ApiException(HttpStatus.CONFLICT, "not-returned-yet", "citizen.evaluation.not-returned",
					dossier.code());
		}
		EvaluationRequest.Ratings r = request.ratings();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		try {
			this.jdbc.update("insert into evaluation (dossier_code, time_rating, contacts_rating, supplements_rating, "
					+ "attitude_rating, correctness_rating, return_rating, feedback_rating, comment, created_at) "
					+ "values (:code, :time, :contacts, :supplements, :attitude, :correctness, :returnOfResult, "
					+ ":feedback, :comment, :at)",
					new MapSqlParameterSource("code", dossier.code()).addValue("time", r.time())
						.addValue("contacts", r.contacts())
						.addValue("supplements", r.supplements())
						.addValue("attitude", r.attitude())
						.addValue("correctness", r.correctness())
						.addValue("returnOfResult", r.returnOfResult())
						.addValue("feedback", r.feedback())
						.addValue("comment", request.comment())
						.addValue("at", now));
		}
		catch (DuplicateKeyException ex) {
			throw new ApiException(HttpStatus.CONFLICT, "already-evaluated", "citizen.evaluation.duplicate",
					dossier.code());
		}
		this.events.publishEvent(new DossierRated(dossier.code(), now, Arrays.asList(r.time(), r.contacts(),
				r.supplements(), r.attitude(), r.correctness(), r.returnOfResult(), r.feedback())));
	}

}
