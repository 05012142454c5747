package vn.motcua.document;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running numbers of the papers a unit issues, per series and year
 * ({@code form_counter}). A number is taken in the transaction that issues the paper: the
 * increment locks the counter row until that transaction ends, so concurrent issues on
 * any node sharing the database wait for each other (no number twice), and a rolled-back
 * issue gives its number back (none skipped).
 */
@Component
class FormCounter {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	FormCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of {@code issuer}'s {@code series} in {@code year}, from 1. */
	int next(String issuer, String series, int year) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// Outside a transaction the lock would end with the statement: two issues
			// could read the same number.
			throw new IllegalStateException("A form number is taken in the transaction that issues the form");
		}
		int updated = increment(issuer, series, year);
		if (updated == 0) {
			createRow(issuer, series, year);
			updated = increment(issuer, series, year);
		}
		if (updated != 1) {
			throw new IllegalStateException("No counter row for " + issuer + " " + series + " " + year);
		}
		Integer number = this.jdbc.queryForObject(
				"select last_number from form_counter where issuer = ? and series = ? and counter_year = ?",
				Integer.class, issuer, series, year);
		return (number != null) ? number : 0;
	}

	private int increment(String issuer, String series, int year) {
		return this.jdbc.update("update form_counter set last_number = last_number + 1 "
				+ "where issuer = ? and series = ? and counter_year = ?", issuer, series, year);
	}

	/**
	 * The year's first row, in a transaction of its own: on PostgreSQL a failed insert
	 * would spoil the caller's transaction when another node created the row first.
	 */
	private void createRow(String issuer, String series, int year) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into form_counter (issuer, series, counter_year, last_number) values (?, ?, ?, 0)", issuer,
					series, year));
		}
		catch (DataIntegrityViolationException ex) {
			// Another node created it first: use theirs.
		}
	}

}
