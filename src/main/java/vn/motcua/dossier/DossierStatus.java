package vn.motcua.dossier;

/**
 * Stored dossier statuses (docs/domain.md, "Statuses"); overdue is derived from due
 * dates, never stored.
 */
public enum DossierStatus {

	CHO_TIEP_NHAN("Chờ tiếp nhận"), CHO_BO_SUNG("Chờ bổ sung"), TU_CHOI("Từ chối tiếp nhận"), DANG_XU_LY("Đang xử lý"),
	TAM_DUNG("Tạm dừng, chờ bổ sung"), CHO_TRA_KET_QUA("Chờ trả kết quả"), DA_TRA_KET_QUA("Đã trả kết quả"),
	DUNG_XU_LY("Dừng xử lý"), RUT_HO_SO("Rút hồ sơ");

	private final String label;

	DossierStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** A dossier in one of these states has its result or will never have one. */
	public boolean closed() {
		return this == TU_CHOI || this == DA_TRA_KET_QUA || this == DUNG_XU_LY || this == RUT_HO_SO;
	}

}
