package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.dossier.DossierEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Numbers the papers of a dossier when they are issued, in the transaction of the event
 * that issues them: the acceptance enters the dossier in the receiving unit's Sổ theo dõi
 * hồ sơ (its Số thứ tự is also the "Số" of the Giấy tiếp nhận, Mẫu 01), and each letter
 * (Mẫu 02, 03, 04, 05) takes the next "Số" of its issuer, form and year. Refused and
 * not-yet-received dossiers never enter the book.
 * <p>
 * A number is taken just before the issuing transaction commits, not when the event is
 * recorded: the counter row stays locked from the increment to the commit (the book has
 * no gaps), and every acceptance at a center waits for that lock, so the shorter it is
 * held the less they queue (docs/benchmarks.md, "Steps inside the click").
 */
@Component
class FormNumbers {

	/** The series of the Sổ theo dõi hồ sơ in {@code form_counter}. */
	static final String BOOK = "SO";

	private final JdbcTemplate jdbc;

	private final FormCounter counter;

	FormNumbers(JdbcTemplate jdbc, FormCounter counter) {
		this.jdbc = jdbc;
		this.counter = counter;
	}

	@EventListener
	@Order(0)
	void on(DossierEvent event) {
		String code = event.dossierCode();
		switch (event.type()) {
			case "ACCEPTED" -> atCommit(() -> enter(code, receivingUnit(code), event.occurredAt()));
			case "SUPPLEMENT_REQUESTED" -> atCommit(() -> number(event, DocumentForm.MAU_02, receivingUnit(code)));
			case "REFUSED" -> atCommit(() -> number(event, DocumentForm.MAU_03, receivingUnit(code)));
			// The apology is the late agency's letter, numbered in its own series.
			case "APOLOGY" -> atCommit(
					() -> number(event, DocumentForm.MAU_04, (event.unit() != null) ? event.unit() : agency(code)));
			case "WITHDRAWN" -> atCommit(() -> number(event, DocumentForm.MAU_05, receivingUnit(code)));
			default -> {
				// Other events issue no numbered paper.
			}
		}
	}

	/** Runs {@code numbering} just before the current transaction commits. */
	private static void atCommit(Runnable numbering) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			numbering.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				numbering.run();
			}
		});
	}

	/**
	 * Enters a received dossier in {@code unit}'s book of the year of {@code at}; a
	 * dossier already entered keeps its entry.
	 */
	Entry enter(String dossierCode, String unit, OffsetDateTime at) {
		return entry(dossierCode).orElseGet(() -> {
			int year = Texts.year(at);
			int number = this.counter.next(unit, BOOK, year);
			// The sets given at intake (số lượng hồ sơ), entered as they were received.
			List<Integer> sets = this.jdbc.queryForList("select sets from dossier where code = ?", Integer.class,
					dossierCode);
			int entered = (sets.isEmpty() || sets.get(0) == null) ? 1 : sets.get(0);
			this.jdbc.update("insert into register_entry (dossier_code, receiving_unit, book_year, entry_number, sets, "
					+ "entered_at) values (?, ?, ?, ?, ?, ?)", dossierCode, unit, year, number, entered, at);
			return new Entry(unit, year, number, entered, at);
		});
	}

	Optional<Entry> entry(String dossierCode) {
		return this.jdbc.query(
				"select receiving_unit, book_year, entry_number, sets, entered_at from register_entry "
						+ "where dossier_code = ?",
				(rs, row) -> new Entry(rs.getString("receiving_unit"), rs.getInt("book_year"),
						rs.getInt("entry_number"), rs.getInt("sets"), rs.getObject("entered_at", OffsetDateTime.class)),
				dossierCode)
			.stream()
			.findFirst();
	}

	/** The numbers of the letters issued about a dossier. */
	Map<DocumentForm, Integer> letters(String dossierCode) {
		Map<DocumentForm, Integer> numbers = new EnumMap<>(DocumentForm.class);
		RowCallbackHandler row = (rs) -> {
			int number = rs.getInt("number");
			DocumentForm.of(rs.getString("form")).ifPresent((form) -> numbers.put(form, number));
		};
		this.jdbc.query("select form, number from form_number where dossier_code = ?", row, dossierCode);
		return numbers;
	}

	private void number(DossierEvent event, DocumentForm form, String issuer) {
		Integer issued = this.jdbc.queryForObject(
				"select count(*) from form_number where dossier_code = ? and form = ?", Integer.class,
				event.dossierCode(), form.slug());
		if (issued != null && issued > 0) {
			return;
		}
		int year = Texts.year(event.occurredAt());
		int number = this.counter.next(issuer, form.series(), year);
		this.jdbc.update(
				"insert into form_number (dossier_code, form, issuer, issued_year, number, issued_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				event.dossierCode(), form.slug(), issuer, year, number, event.occurredAt());
	}

	private String receivingUnit(String dossierCode) {
		return this.jdbc.queryForObject("select receiving_unit from dossier where code = ?", String.class, dossierCode);
	}

	private String agency(String dossierCode) {
		return this.jdbc.queryForObject("select agency from dossier where code = ?", String.class, dossierCode);
	}

	/**
	 * An entry of the Sổ theo dõi hồ sơ.
	 *
	 * @param unit receiving unit that keeps the book
	 * @param year the book's year (Quyển số)
	 * @param number Số thứ tự in the book, also the "Số" of the Mẫu 01
	 * @param sets number of sets of papers received
	 * @param enteredAt when the dossier was received
	 */
	record Entry(String unit, int year, int number, int sets, OffsetDateTime enteredAt) {

		/** {@code 01/2026}: one book per unit and year. */
		String book() {
			return "01/" + this.year;
		}

	}

}
