package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * How a step finished against its due time, as the Phiếu kiểm soát and the reports write
 * it.
 */
public final class StepResult {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private StepResult() {
	}

	/**
	 * {@code TRUOC_HAN} before the due day, {@code DUNG_HAN} on it, {@code QUA_HAN} after
	 * the due time.
	 */
	public static String of(OffsetDateTime finished, OffsetDateTime due) {
		if (due == null) {
			return null;
		}
		if (finished.isAfter(due)) {
			return "QUA_HAN";
		}
		boolean sameDay = finished.atZoneSameInstant(VIETNAM)
			.toLocalDate()
			.equals(due.atZoneSameInstant(VIETNAM).toLocalDate());
		return sameDay ? "DUNG_HAN" : "TRUOC_HAN";
	}

}
