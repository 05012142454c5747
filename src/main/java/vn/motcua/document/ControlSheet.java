package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.StepResult;

/**
 * The rows of the Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06), one per hand-over
 * of the dossier from one unit to the next, read from its history. A row's result is the
 * worst result of the steps the giving unit finished while it held the dossier (Quá hạn
 * over Đúng hạn over Trước hạn), each judged against its own share of the time (the
 * center's forwarding against the reception share from acceptance, or against the
 * appointment in force when the procedure gives no share); a unit that let the dossier
 * become overdue is late whatever its steps, even when an apology moved the appointment
 * afterwards. Its notes are what happened meanwhile: supplements, overdue, apology, fees.
 * The receiving officer is the first of the receiving unit to work on the dossier.
 */
final class ControlSheet {

	/** The receiver of the last hand-over, when the result goes back. */
	static final String APPLICANT = "Tổ chức, cá nhân";

	private static final List<String> RESULTS = List.of("TRUOC_HAN", "DUNG_HAN", "QUA_HAN");

	private ControlSheet() {
	}

	/**
	 * A hand-over.
	 *
	 * @param number row number from 1
	 * @param giver unit that handed the dossier over
	 * @param receiver unit (or the applicant) that received it
	 * @param giverOfficer user id of the officer who handed it over
	 * @param receiverOfficer user id of the officer who received it, null until one
	 * worked on it (or the applicant's name when the result went back)
	 * @param time time of the hand-over, {@code HH:mm ngày dd/MM/yyyy}
	 * @param result Trước hạn, Đúng hạn, Quá hạn, or blank
	 * @param notes what happened while the giver held it
	 */
	record Row(int number, String giver, String receiver, String giverOfficer, String receiverOfficer, String time,
			String result, List<String> notes) {

		Row receivedBy(String officer) {
			return new Row(this.number, this.giver, this.receiver, this.giverOfficer, officer, this.time, this.result,
					this.notes);
		}

	}

	/**
	 * @param dossier the dossier
	 * @param events its history, oldest first
	 * @param unitName the name of an agency code
	 */
	static List<Row> rows(Dossier dossier, List<DossierEvent> events, UnaryOperator<String> unitName) {
		return rows(dossier, events, unitName, (start) -> null);
	}

	/**
	 * @param dossier the dossier
	 * @param events its history, oldest first
	 * @param unitName the name of an agency code
	 * @param receptionDue when reception and forwarding, started at the given time, are
	 * due by their own share; null when the procedure gives them none
	 */
	static List<Row> rows(Dossier dossier, List<DossierEvent> events, UnaryOperator<String> unitName,
			UnaryOperator<OffsetDateTime> receptionDue) {
		List<Row> rows = new ArrayList<>();
		String center = dossier.receivingUnit();
		String applicant = APPLICANT + " (" + dossier.applicant().name() + ")";
		Segment segment = null;
		OffsetDateTime dueInForce = null;
		for (DossierEvent event : events) {
			if (List.of("ACCEPTED", "RESUMED", "APOLOGY").contains(event.type()) && event.stepDueAt() != null) {
				dueInForce = event.stepDueAt();
			}
			if ("ACCEPTED".equals(event.type())) {
				segment = new Segment(center, -1);
				segment.since = event.occurredAt();
				continue;
			}
			if (segment == null) {
				continue;
			}
			switch (event.type()) {
				case "TASK_COMPLETED" -> {
					segment.result(event.stepResult());
					segment.workedBy(rows, event.actor());
				}
				case "FORWARDED" -> {
					if (center.equals(segment.holder) && segment.since != null) {
						OffsetDateTime share = receptionDue.apply(segment.since);
						segment.result(StepResult.of(event.occurredAt(), (share != null) ? share : dueInForce));
					}
					segment = handOver(rows, segment, event, event.unit(), unitName.apply(event.unit()), unitName);
				}
				case "SUPPLEMENT_REQUESTED" -> {
					segment.notes.add("Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02); tạm dừng tính hạn");
					if (!center.equals(segment.holder)) {
						segment = handOver(rows, segment, event, center, unitName.apply(center), unitName);
					}
				}
				case "RESUMED" -> {
					segment.workedBy(rows, event.actor());
					segment.note(event.note());
					segment.since = event.occurredAt();
				}
				case "APOLOGY" -> segment.note(event.note());
				case "OVERDUE" -> {
					segment.notes.add("Quá hạn giải quyết");
					segment.result("QUA_HAN");
				}
				case "FEE_PAID" -> segment.notes.add("Đã thu phí, lệ phí");
				case "RESULT_READY" -> {
					segment.notes.add("Đã có kết quả giải quyết");
					segment = handOver(rows, segment, event, center, unitName.apply(center), unitName);
				}
				case "STOPPED" -> {
					segment.note("Dừng giải quyết: " + Texts.orBlank(event.note()));
					segment = handOver(rows, segment, event, center, unitName.apply(center), unitName);
				}
				case "RETURNED" -> {
					segment.notes.add("Trả kết quả");
					segment = handOver(rows, segment, event, null, applicant, unitName);
					segment.workedBy(rows, dossier.applicant().name());
				}
				case "WITHDRAWN" -> {
					segment.note("Rút hồ sơ theo yêu cầu (Mẫu 05): " + Texts.orBlank(event.note()));
					segment = handOver(rows, segment, event, null, applicant, unitName);
					segment.workedBy(rows, dossier.applicant().name());
				}
				default -> {
					// Warnings and other events are not hand-overs.
				}
			}
		}
		return rows;
	}

	/**
	 * Closes the giver's segment with a row and opens the receiver's; {@code to} is null
	 * when the dossier leaves the administration.
	 */
	private static Segment handOver(List<Row> rows, Segment from, DossierEvent event, String to, String receiver,
			UnaryOperator<String> unitName) {
		rows.add(new Row(rows.size() + 1, unitName.apply(from.holder), receiver, event.actor(), null,
				Texts.time(event.occurredAt()), Texts.result(from.result), List.copyOf(from.notes)));
		return new Segment(to, rows.size() - 1);
	}

	/** What happened while one unit held the dossier. */
	private static final class Segment {

		private final String holder;

		/** The row of the hand-over that opened it, -1 for the center's first. */
		private final int openedBy;

		private boolean received;

		private final List<String> notes = new ArrayList<>();

		private String result;

		/** When the center's own work on the dossier started: accepted, or resumed. */
		private OffsetDateTime since;

		Segment(String holder, int openedBy) {
			this.holder = holder;
			this.openedBy = openedBy;
		}

		/** The first to work on the dossier received it: the opening row's receiver. */
		void workedBy(List<Row> rows, String officer) {
			if (!this.received && this.openedBy >= 0 && officer != null) {
				rows.set(this.openedBy, rows.get(this.openedBy).receivedBy(officer));
				this.received = true;
			}
		}

		void result(String stepResult) {
			if (stepResult != null && RESULTS.contains(stepResult)
					&& (this.result == null || RESULTS.indexOf(stepResult) > RESULTS.indexOf(this.result))) {
				this.result = stepResult;
			}
		}

		void note(String note) {
			if (note != null && !note.isBlank()) {
				this.notes.add(note);
			}
		}

	}

}
