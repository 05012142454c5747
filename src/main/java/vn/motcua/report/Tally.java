package vn.motcua.report;

/**
 * Running counts of one slice of a period report (the whole, an agency, a procedure or a
 * channel). Every dossier in scope lands in exactly one of resolved (early, on time,
 * late), in progress (within time, overdue), returned or withdrawn, so
 * {@code received = resolved + inProgress + returned + withdrawn} always holds.
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

	long returned;

	long withdrawn;

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
		this.returned += other.returned;
		this.withdrawn += other.withdrawn;
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

	Figures figures() {
		return new Figures(this.received, this.receivedOnline, resolved(), this.resolvedEarly, this.resolvedOnTime,
				this.resolvedLate, inProgress(), this.inProgressOverdue, this.returned, this.withdrawn,
				Rates.percent(this.resolvedEarly, resolved()),
				Rates.percent(this.resolvedEarly + this.resolvedOnTime, resolved()),
				Rates.average(this.daysEarly, this.resolvedEarly), null);
	}

}
