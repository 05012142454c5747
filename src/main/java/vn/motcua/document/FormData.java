package vn.motcua.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureRule;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;

/**
 * What the forms of one dossier are filled from: its register row, history, papers and
 * payments, its numbers, the rule it was received under and the catalogue's names. Holds
 * personal data: never log it.
 *
 * @param dossier the register row
 * @param procedure its catalogue entry, empty if it has left the catalogue
 * @param rule the procedure rule the dossier was received under, if kept
 * @param center the receiving unit
 * @param agency the competent agency
 * @param events the history, oldest first
 * @param papers papers handed in, supplemented or returned
 * @param payments payments of fees and charges
 * @param entry its entry in the Sổ theo dõi hồ sơ, once received
 * @param letters the "Số" of each letter issued about it
 */
record FormData(Dossier dossier, Optional<Procedure> procedure, Optional<ProcedureRule> rule, Unit center, Unit agency,
		List<DossierEvent> events, List<Paper> papers, List<Payment> payments, Optional<FormNumbers.Entry> entry,
		Map<DocumentForm, Integer> letters) {

	String centerName() {
		return this.center.name();
	}

	String agencyName() {
		return this.agency.name();
	}

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
	 * A unit named on the forms.
	 *
	 * @param code agency code
	 * @param name its name in the catalogue, or its code if it left it
	 * @param place place name of its documents (Nghị định 30/2020/NĐ-CP)
	 */
	record Unit(String code, String name, String place) {

	}

	/**
	 * A paper of the dossier (thành phần hồ sơ).
	 *
	 * @param kind {@code NOP} handed in, {@code BO_SUNG} supplement, {@code KET_QUA}
	 * result
	 * @param name name
	 * @param form bản chính, bản sao…
	 * @param copies number of copies
	 * @param fileName name of the uploaded file, null for a paper described at the
	 * counter
	 */
	record Paper(String kind, String name, String form, int copies, String fileName) {

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
