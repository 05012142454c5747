package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;

/**
 * What the forms of one dossier are filled from: its register row, history, papers and
 * payments, and the catalogue's names. Holds personal data: never log it.
 *
 * @param dossier the register row
 * @param procedure its catalogue entry, empty if it has left the catalogue
 * @param centerName name of the receiving unit
 * @param agencyName name of the competent agency
 * @param events the history, oldest first
 * @param papers papers handed in, supplemented or returned
 * @param payments payments of fees and charges
 */
record FormData(Dossier dossier, Optional<Procedure> procedure, String centerName, String agencyName,
		List<DossierEvent> events, List<Paper> papers, List<Payment> payments) {

	/** The acceptance, which starts the clock and the Phiếu kiểm soát. */
	Optional<DossierEvent> accepted() {
		return last("ACCEPTED");
	}

	/** The latest event of a type. */
	Optional<DossierEvent> last(String type) {
		DossierEvent found = null;
		for (DossierEvent event : this.events) {
			if (type.equals(event.type())) {
				found = event;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The appointment in force just before {@code event}: the one set at acceptance, or
	 * moved when a supplement arrived.
	 */
	Optional<OffsetDateTime> dueBefore(DossierEvent event) {
		OffsetDateTime due = null;
		for (DossierEvent e : this.events) {
			if (e == event) {
				break;
			}
			if (("ACCEPTED".equals(e.type()) || "RESUMED".equals(e.type())) && e.stepDueAt() != null) {
				due = e.stepDueAt();
			}
		}
		return Optional.ofNullable(due).or(() -> Optional.ofNullable(this.dossier.originalDueAt()));
	}

	/**
	 * A paper of the dossier (thành phần hồ sơ).
	 *
	 * @param kind {@code NOP} handed in, {@code BO_SUNG} supplement, {@code KET_QUA}
	 * result
	 * @param name name
	 * @param form bản chính, bản sao…
	 * @param copies number of copies
	 */
	record Paper(String kind, String name, String form, int copies) {

	}

	/**
	 * A payment of fees and charges.
	 *
	 * @param amount VND
	 * @param status {@code DA_THANH_TOAN}, {@code CHO_THANH_TOAN} or {@code THAT_BAI}
	 * @param paidAt when it was verified
	 */
	record Payment(long amount, String status, OffsetDateTime paidAt) {

		boolean paid() {
			return "DA_THANH_TOAN".equals(this.status);
		}

	}

}
