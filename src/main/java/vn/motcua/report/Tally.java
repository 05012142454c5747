package vn.motcua.report;

import java.math.BigDecimal;

/**
 * Running counts of one slice of a period report (the whole, an agency, a procedure or a
 * channel). Every received dossier lands in exactly one of resolved (early, on time,
 * late), in progress (within time, overdue), stopped or withdrawn, so
 * {@code received = resolved + inProgress + stopped + withdrawn} always holds. Refused
 * dossiers and those still waiting at the counter were never received: they have their
 * own counts.
 */
final class Tally {

	long received;

	long carriedOver;

	long receivedOnline;

	long resolvedEarly;

	long resolvedOnTime;

	long resolvedLate;

	long inProgressWithinTime;

	long inProgressOverdue;

	/** Dừng xử lý, trả lại hồ sơ ({@code DUNG_XU_LY}). */
	long stopped;

	/** Rút hồ sơ at the applicant's request ({@code RUT_HO_SO}). */
	long withdrawn;

	/** Stopped or withdrawn after the appointment (or supplemented more than once). */
	long closedLate;

	/** Từ chối tiếp nhận ({@code TU_CHOI}) in the period. */
	long refused;

	/** Submitted, not received (nor refused) by the end of the period. */
	long awaitingReception;

	/** Criteria rated satisfied (2 hài lòng, 3 rất hài lòng) in the period. */
	long satisfiedRatings;

	/** Criteria rated in the period (seven per evaluation). */
	long ratings;

	/**
	 * Received dossiers named by a phản ánh, kiến nghị or rated không hài lòng on any
	 * criterion (766).
	 */
	long complainedOrDisliked;

	/** Working days early, added up over the early results. */
	long daysEarly;

	long lateSteps;

	long lateDossiers;

	void add(Tally other) {
		this.received += other.received;
		this.carriedOver += other.carriedOver;
		this.receivedOnline += other.receivedOnline;
		this.resolvedEarly += other.resolvedEarly;
		this.resolvedOnTime += other.resolvedOnTime;
		this.resolvedLate += other.resolvedLate;
		this.inProgressWithinTime += other.inProgressWithinTime;
		this.inProgressOverdue += other.inProgressOverdue;
		this.stopped += other.stopped;
		this.withdrawn += other.withdrawn;
		this.closedLate += other.closedLate;
		this.refused += other.refused;
		this.awaitingReception += other.awaitingReception;
		this.satisfiedRatings += other.satisfiedRatings;
		this.ratings += other.ratings;
		this.complainedOrDisliked += other.complainedOrDisliked;
		this.daysEarly += other.daysEarly;
		this.lateSteps += other.lateSteps;
		this.lateDossiers += other.lateDossiers;
	}

	long resolved() {
		return this.resolvedEarly + this.resolvedOnTime + this.resolvedLate;
	}

	long inProgress() {
		return this.inProgressWithinTime + this.inProgressOverdue;
	}

	long newInPeriod() {
		return this.received - this.carriedOver;
	}

	/** Late results and overdue open dossiers: the "quá hạn" of a period report. */
	long overdue() {
		return this.resolvedLate + this.inProgressOverdue;
	}

	/**
	 * 766 end-of-processing and open dossiers judged: received plus refused (Từ chối is
	 * an end of processing too).
	 */
	long judged() {
		return this.received + this.refused;
	}

	/**
	 * Judged in time: results early or on time, open within time, stopped or withdrawn by
	 * the appointment, refused (at the counter, before any appointment).
	 */
	long inTime() {
		return this.resolvedEarly + this.resolvedOnTime + this.inProgressWithinTime + this.stopped + this.withdrawn
				- this.closedLate + this.refused;
	}

	/**
	 * What the 766 satisfaction in handling TTHC takes off 100 %: overdue dossiers (late
	 * results, open overdue) plus received dossiers with a phản ánh, kiến nghị or a không
	 * hài lòng rating; a dossier both overdue and complained of counts in both rates, as
	 * the formula adds them.
	 */
	long dissatisfied() {
		return overdue() + this.complainedOrDisliked;
	}

	/** 100 % − (late rate + complained or disliked rate), over the received dossiers. */
	BigDecimal satisfaction766() {
		return Rates.complement(dissatisfied(), this.received);
	}

	Figures figures() {
		return new Figures(this.received, this.receivedOnline, resolved(), this.resolvedEarly, this.resolvedOnTime,
				this.resolvedLate, inProgress(), this.inProgressOverdue, this.stopped, this.stopped, this.withdrawn,
				this.refused, this.awaitingReception, Rates.percent(this.resolvedEarly, resolved()),
				Rates.percent(this.resolvedEarly + this.resolvedOnTime, resolved()), Rates.percent(inTime(), judged()),
				Rates.average(this.daysEarly, this.resolvedEarly), Rates.percent(this.satisfiedRatings, this.ratings),
				this.complainedOrDisliked, satisfaction766());
	}

}
