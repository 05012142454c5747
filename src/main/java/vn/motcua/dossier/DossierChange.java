package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The columns of a dossier row that one step changes, besides its status. */
public final class DossierChange {

	private final List<String> assignments = new ArrayList<>();

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	public static DossierChange none() {
		return new DossierChange();
	}

	public DossierChange acceptedAt(OffsetDateTime at) {
		return set("accepted_at", at);
	}

	public DossierChange dueAt(OffsetDateTime at) {
		return set("due_at", at);
	}

	public DossierChange originalDueAt(OffsetDateTime at) {
		return set("original_due_at", at);
	}

	public DossierChange finishedAt(OffsetDateTime at) {
		return set("finished_at", at);
	}

	public DossierChange returnedAt(OffsetDateTime at) {
		return set("returned_at", at);
	}

	/**
	 * How the result was handed back: {@code tai-quay}, {@code buu-chinh},
	 * {@code dien-tu}.
	 */
	public DossierChange returnMethod(String method) {
		return set("return_method", method);
	}

	public DossierChange pausedAt(OffsetDateTime at) {
		return set("paused_at", at);
	}

	/**
	 * Adds a pause of {@code minutes} of office time to the dossier's total
	 * ({@code paused_minutes}); {@code paused_working_days} becomes the whole working
	 * days of the new total, a working day being {@code minutesPerDay} long.
	 */
	public DossierChange addPause(long minutes, long minutesPerDay) {
		this.assignments.add("paused_minutes = paused_minutes + :pausedMinutes");
		this.assignments.add("paused_working_days = (paused_minutes + :pausedMinutes) / :minutesPerDay");
		this.parameters.addValue("pausedMinutes", minutes).addValue("minutesPerDay", minutesPerDay);
		return this;
	}

	public DossierChange supplementCount(int count) {
		return set("supplement_count", count);
	}

	public DossierChange apologyCount(int count) {
		return set("apology_count", count);
	}

	public DossierChange note(String note) {
		return set("note", note);
	}

	private DossierChange set(String column, Object value) {
		this.assignments.add(column + " = :" + column);
		this.parameters.addValue(column, value);
		return this;
	}

	String assignments() {
		return String.join(", ", this.assignments);
	}

	MapSqlParameterSource parameters() {
		return this.parameters;
	}

}
