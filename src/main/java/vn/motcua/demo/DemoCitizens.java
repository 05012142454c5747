package vn.motcua.demo;

import java.util.List;

import vn.motcua.dossier.Dossier;

/**
 * The demo's fictitious citizens: the applicants of the sample dossiers, and one who has
 * none yet. The sandbox VNeID ({@code vn.motcua.vneid}) lets each of them log in, so a
 * newcomer sees "Hồ sơ của tôi" both full and empty.
 */
public final class DemoCitizens {

	/**
	 * The applicants of the sample dossiers, in the order {@link DemoDossiers} uses them.
	 */
	public static final List<Dossier.Applicant> WITH_DOSSIERS = List.of(
			new Dossier.Applicant("Nguyễn Văn An", "001090012345", "0912000001", "an.nguyen@example.vn",
					"Số 1 đường Lý Thái Tổ, phường Kinh Bắc"),
			new Dossier.Applicant("Trần Thị Bình", "001190012346", "0912000002", null, "Xã Tiên Du"),
			new Dossier.Applicant("Lê Minh Châu", "001085012347", null, "chau.le@example.vn", "Phường Bắc Giang"),
			new Dossier.Applicant("Phạm Quốc Dũng", "001075012348", "0912000004", null, "Xã Yên Phong"));

	/** A citizen without a dossier. */
	public static final Dossier.Applicant WITHOUT_DOSSIER = new Dossier.Applicant("Hoàng Thị Em", "001195012349",
			"0912000005", null, "Phường Võ Cường");

	/** Everyone, those with sample dossiers first. */
	public static final List<Dossier.Applicant> ALL = List.of(WITH_DOSSIERS.get(0), WITH_DOSSIERS.get(1),
			WITH_DOSSIERS.get(2), WITH_DOSSIERS.get(3), WITHOUT_DOSSIER);

	private DemoCitizens() {
	}

}
