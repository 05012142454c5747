package vn.motcua.dossier;

/** How a dossier reached the center, with the national channel code (KenhThucHien). */
public enum Channel {

	TRUC_TIEP(1, "Trực tiếp"), TRUC_TUYEN(2, "Trực tuyến"), BUU_CHINH(3, "Bưu chính công ích");

	private final int nationalCode;

	private final String label;

	Channel(int nationalCode, String label) {
		this.nationalCode = nationalCode;
		this.label = label;
	}

	public int nationalCode() {
		return this.nationalCode;
	}

	public String label() {
		return this.label;
	}

}
