package vn.motcua.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic rows of the dossier register, inserted in bulk over JDBC, for report tests
 * and the benchmark. Only what a report reads is set; the rest takes valid defaults.
 */
final class RegisterFixture {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcTemplate jdbc;

	private final List<Object[]> dossiers = new ArrayList<>();

	private final List<Object[]> events = new ArrayList<>();

	private final String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";

	private int sequence;

	RegisterFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** 09:00 of a day, Vietnam time. */
	static OffsetDateTime at(String day, int hour) {
		return LocalDate.parse(day).atTime(hour, 0).atZone(VN).toOffsetDateTime();
	}

	static OffsetDateTime at(LocalDateTime time) {
		return time.atZone(VN).toOffsetDateTime();
	}

	void clear() {
		// The numbered papers and the book entries a closing or an acceptance issues.
		this.jdbc.update("delete from form_number");
		this.jdbc.update("delete from register_entry");
		this.jdbc.update("delete from national_sync");
		this.jdbc.update("delete from dossier_step");
		this.jdbc.update("delete from dossier_event");
		this.jdbc.update("delete from payment");
		this.jdbc.update("delete from dossier_result");
		this.jdbc.update("delete from paper_digitisation");
		this.jdbc.update("delete from dossier_file");
		this.jdbc.update("delete from evaluation");
		this.jdbc.update("delete from feedback where dossier_code is not null");
		this.jdbc.update("delete from dossier");
	}

	/** Removes dossiers submitted before {@code day}, with their history. */
	void clearBefore(String day) {
		OffsetDateTime before = at(day, 0);
		String mine = "(select code from dossier where submitted_at < ?)";
		this.jdbc.update("delete from form_number where dossier_code in " + mine, before);
		this.jdbc.update("delete from national_sync where dossier_code in " + mine, before);
		this.jdbc.update("delete from register_entry where dossier_code in " + mine, before);
		this.jdbc.update("delete from dossier_step where dossier_code in " + mine, before);
		this.jdbc.update("delete from dossier_event where dossier_code in " + mine, before);
		this.jdbc.update("delete from payment where dossier_code in " + mine, before);
		this.jdbc.update("delete from dossier_result where dossier_code in " + mine, before);
		this.jdbc.update("delete from paper_digitisation where dossier_code in " + mine, before);
		this.jdbc.update("delete from dossier_file where dossier_code in " + mine, before);
		this.jdbc.update("delete from evaluation where dossier_code in " + mine, before);
		this.jdbc.update("delete from dossier where submitted_at < ?", before);
	}

	/**
	 * Adds {@code count} copies of {@code row}, each with its own code; returns the
	 * codes.
	 */
	List<String> add(Row row, int count) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String code = this.prefix + (++this.sequence);
			codes.add(code);
			this.dossiers.add(new Object[] { code, row.procedure, "Thủ tục " + row.procedure, "test", "Nguyễn Văn A",
					"001090012345", "0912345678", "Số 1, phố Hai Bà Trưng", row.channel, row.agency, row.agency,
					row.level, row.status, row.fee, row.submittedAt, row.acceptedAt, row.dueAt, row.originalDueAt,
					row.finishedAt, row.returnedAt, row.pausedAt, row.pausedWorkingDays, row.supplements,
					row.closedAt(), row.pausedMinutes, row.returnMethod });
			if (row.closedAt != null) {
				event(code, row.closedAt, row.closingEvent(), row.status, row.agency, null);
			}
		}
		return codes;
	}

	void event(String code, OffsetDateTime at, String type, String status, String unit, String stepResult) {
		this.events.add(new Object[] { code, at, type, status, "test", unit, "step", null, stepResult });
	}

	/** An agency's step of a (liên thông) dossier, judged against its own due time. */
	void step(String code, int number, String agency, OffsetDateTime startedAt, OffsetDateTime dueAt,
			OffsetDateTime finishedAt, String result) {
		this.jdbc.update(
				"insert into dossier_step (dossier_code, step_no, agency, started_at, due_at, finished_at, "
						+ "result) values (?, ?, ?, ?, ?, ?, ?)",
				code, number, agency, startedAt, dueAt, finishedAt, result);
	}

	/** A stored (uploaded or scanned) paper of a dossier. */
	void file(String code, String name) {
		this.jdbc.update(
				"insert into dossier_file (dossier_code, kind, name, file_name, content_type, size_bytes, "
						+ "uploaded_at) values (?, 'NOP', ?, ?, 'application/pdf', 1, current_timestamp)",
				code, name, name + ".pdf");
	}

	/**
	 * The result document attached electronically at return: a file of kind
	 * {@code KET_QUA} and its {@code dossier_result} row.
	 */
	void electronicResult(String code) {
		this.jdbc.update("insert into dossier_file (dossier_code, kind, name, file_name, content_type, size_bytes, "
				+ "uploaded_at) values (?, 'KET_QUA', 'Quyết định', 'ket-qua.pdf', 'application/pdf', 1, "
				+ "current_timestamp)", code);
		Long file = this.jdbc.queryForObject(
				"select max(id) from dossier_file where dossier_code = ? and kind = 'KET_QUA'", Long.class, code);
		this.jdbc.update(
				"insert into dossier_result (dossier_code, document_number, signed_on, signer, file_id, recorded_by, "
						+ "recorded_at) values (?, '12/QĐ-STP', current_date, 'Lê Quang Dũng', ?, 'test', "
						+ "current_timestamp)",
				code, file);
	}

	/**
	 * The dossier's changes queued for the national portal, one per given outbox status
	 * ({@code ACKED}, {@code PENDING}, {@code FAILED}), numbered from 1.
	 */
	void synchronised(String code, String... statuses) {
		for (int i = 0; i < statuses.length; i++) {
			this.jdbc.update("insert into national_sync (dossier_code, seq, idempotency_key, event_type, kind, "
					+ "national_status, occurred_at, payload, status, attempts, next_attempt_at, created_at) values "
					+ "(?, ?, ?, 'STEP', 'TRANG_THAI', '4', current_timestamp, '{}', ?, 0, current_timestamp, "
					+ "current_timestamp)", code, i + 1, code + "#" + (i + 1), statuses[i]);
		}
	}

	/** A phản ánh, kiến nghị naming the dossier. */
	void feedback(String code) {
		this.jdbc.update(
				"insert into feedback (code, sender_name, contact, dossier_code, content, status, created_at) "
						+ "values (?, 'Nguyễn Văn A', '0912345678', ?, 'Chậm trả kết quả', 'MOI', current_timestamp)",
				"PAKN-" + code, code);
	}

	/** A rating of the dossier, every criterion {@code rating} but the last, 3. */
	void evaluation(String code, int rating, OffsetDateTime at) {
		this.jdbc.update(
				"insert into evaluation (dossier_code, time_rating, contacts_rating, supplements_rating, "
						+ "attitude_rating, correctness_rating, return_rating, feedback_rating, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, 3, ?)",
				code, rating, rating, rating, rating, rating, rating, at);
	}

	void payment(String code, long amount, String method) {
		this.jdbc.update(
				"insert into payment (dossier_code, amount, method, status, created_at, paid_at) "
						+ "values (?, ?, ?, 'DA_THANH_TOAN', current_timestamp, current_timestamp)",
				code, amount, method);
	}

	void flush() {
		this.jdbc
			.batchUpdate("insert into dossier (code, procedure_code, procedure_name, rule_version, applicant_name, "
					+ "applicant_id_number, applicant_phone, applicant_address, channel, receiving_unit, agency, level, "
					+ "status, fee_amount, submitted_at, accepted_at, due_at, original_due_at, finished_at, returned_at, "
					+ "paused_at, paused_working_days, supplement_count, closed_at, paused_minutes, return_method) values "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", this.dossiers);
		this.jdbc.batchUpdate("insert into dossier_event (dossier_code, occurred_at, type, status, actor, unit, step, "
				+ "step_due_at, step_result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", this.events);
		this.dossiers.clear();
		this.events.clear();
	}

	static Row aDossier() {
		return new Row();
	}

	/** A register row with valid defaults: a direct, provincial dossier of so-tu-phap. */
	static final class Row {

		String procedure = "1.000948.H38";

		String agency = "so-tu-phap";

		String level = "tinh";

		String channel = "TRUC_TIEP";

		String status = "DANG_XU_LY";

		long fee;

		OffsetDateTime submittedAt;

		OffsetDateTime acceptedAt;

		OffsetDateTime dueAt;

		OffsetDateTime originalDueAt;

		OffsetDateTime finishedAt;

		OffsetDateTime returnedAt;

		OffsetDateTime pausedAt;

		OffsetDateTime closedAt;

		int pausedWorkingDays;

		int pausedMinutes;

		int supplements;

		String returnMethod;

		Row agency(String agency) {
			this.agency = agency;
			return this;
		}

		Row procedure(String procedure) {
			this.procedure = procedure;
			return this;
		}

		Row level(String level) {
			this.level = level;
			return this;
		}

		Row online() {
			this.channel = "TRUC_TUYEN";
			return this;
		}

		Row channel(String channel) {
			this.channel = channel;
			return this;
		}

		Row fee(long fee) {
			this.fee = fee;
			return this;
		}

		/** Submitted and accepted at the same time. */
		Row received(OffsetDateTime at) {
			this.submittedAt = at;
			this.acceptedAt = at;
			return this;
		}

		Row submittedOnly(OffsetDateTime at) {
			this.submittedAt = at;
			this.acceptedAt = null;
			this.status = "CHO_TIEP_NHAN";
			return this;
		}

		/** The appointment, never moved by an apology. */
		Row due(OffsetDateTime at) {
			this.dueAt = at;
			this.originalDueAt = at;
			return this;
		}

		/**
		 * An apology moved the appointment; lateness is still judged on the first one.
		 */
		Row apologisedTo(OffsetDateTime at) {
			this.dueAt = at;
			return this;
		}

		Row finished(OffsetDateTime at) {
			this.finishedAt = at;
			this.status = "CHO_TRA_KET_QUA";
			return this;
		}

		Row handedBack(OffsetDateTime at) {
			this.returnedAt = at;
			this.status = "DA_TRA_KET_QUA";
			return this;
		}

		/** Refused at the counter: never received, no appointment. */
		Row refused(OffsetDateTime at) {
			this.status = "TU_CHOI";
			this.closedAt = at;
			this.acceptedAt = null;
			this.dueAt = null;
			this.originalDueAt = null;
			return this;
		}

		Row stopped(OffsetDateTime at) {
			this.status = "DUNG_XU_LY";
			this.closedAt = at;
			return this;
		}

		Row withdrawn(OffsetDateTime at) {
			this.status = "RUT_HO_SO";
			this.closedAt = at;
			return this;
		}

		Row paused(OffsetDateTime at) {
			this.pausedAt = at;
			this.status = "TAM_DUNG";
			return this;
		}

		Row pausedFor(int workingDays) {
			this.pausedWorkingDays = workingDays;
			this.pausedMinutes = workingDays * 480;
			return this;
		}

		/** Received without an appointment (none was counted). */
		Row unscheduled() {
			this.dueAt = null;
			this.originalDueAt = null;
			return this;
		}

		Row returnedBy(String method) {
			this.returnMethod = method;
			return this;
		}

		Row supplements(int count) {
			this.supplements = count;
			return this;
		}

		/**
		 * {@code closed_at} as the register sets it: the closing event's time while the
		 * dossier is refused, stopped or withdrawn.
		 */
		private OffsetDateTime closedAt() {
			return switch (this.status) {
				case "TU_CHOI", "DUNG_XU_LY", "RUT_HO_SO" -> this.closedAt;
				default -> null;
			};
		}

		private String closingEvent() {
			return switch (this.status) {
				case "TU_CHOI" -> "REFUSED";
				case "DUNG_XU_LY" -> "STOPPED";
				default -> "WITHDRAWN";
			};
		}

		Row copy() {
			Row row = new Row();
			row.procedure = this.procedure;
			row.agency = this.agency;
			row.level = this.level;
			row.channel = this.channel;
			row.status = this.status;
			row.fee = this.fee;
			row.submittedAt = this.submittedAt;
			row.acceptedAt = this.acceptedAt;
			row.dueAt = this.dueAt;
			row.originalDueAt = this.originalDueAt;
			row.finishedAt = this.finishedAt;
			row.returnedAt = this.returnedAt;
			row.pausedAt = this.pausedAt;
			row.closedAt = this.closedAt;
			row.pausedWorkingDays = this.pausedWorkingDays;
			row.pausedMinutes = this.pausedMinutes;
			row.supplements = this.supplements;
			row.returnMethod = this.returnMethod;
			return row;
		}

	}

}
