package vn.motcua.citizen;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.workspace.ElectronicResults;

/**
 * What a citizen sees of a dossier: its progress, nothing of the applicant.
 *
 * @param code dossier code
 * @param status stored status
 * @param statusLabel its Vietnamese label
 * @param procedureCode mã TTHC
 * @param procedureName name of the procedure
 * @param channel how it was submitted
 * @param submittedAt when it was submitted
 * @param acceptedAt when the center accepted it
 * @param dueAt the appointment for the result
 * @param returnedAt when the result was returned
 * @param steps the public steps of its history
 * @param result the result document returned electronically, if any
 * @param returnMethod how the result goes back: {@code tai-quay}, {@code buu-chinh},
 * {@code dien-tu}, or null when not chosen yet
 * @param returnMethodLabel the same in Vietnamese
 * @param feeAmount the fee due, VND; 0 for a free procedure
 * @param feePaid the fee was paid (online, or collected at the counter)
 */
record LookupResponse(String code, String status, String statusLabel, String procedureCode, String procedureName,
		String channel, OffsetDateTime submittedAt, OffsetDateTime acceptedAt, OffsetDateTime dueAt,
		OffsetDateTime returnedAt, List<Step> steps, Result result, String returnMethod, String returnMethodLabel,
		long feeAmount, boolean feePaid) {

	/**
	 * The register's events of a fee paid: online (payment callback) or at the counter.
	 */
	private static final Set<String> PAID = Set.of("FEE_PAID", "FEE_PAID_ONLINE");

	static LookupResponse of(Dossier dossier, List<DossierEvent> events) {
		return of(dossier, events, null, null);
	}

	static LookupResponse of(Dossier dossier, List<DossierEvent> events, ElectronicResults.ElectronicResult result,
			String returnMethod) {
		return new LookupResponse(dossier.code(), dossier.status().name(), dossier.status().label(),
				dossier.procedureCode(), dossier.procedureName(), dossier.channel().label(), dossier.submittedAt(),
				dossier.acceptedAt(), dossier.dueAt(), dossier.returnedAt(),
				events.stream()
					.filter(DossierEvent::publicStep)
					.map((event) -> Step.of(event.type(), (event.status() != null) ? event.status().label() : null,
							event.occurredAt(), event.note()))
					.toList(),
				(result != null) ? new Result(result.number(), result.signedOn(), result.signer(),
						"/api/public/dossiers/" + dossier.code() + "/result") : null,
				returnMethod, returnMethodLabel(returnMethod), dossier.feeAmount(),
				events.stream().anyMatch((event) -> PAID.contains(event.type())));
	}

	static String returnMethodLabel(String method) {
		if (method == null) {
			return null;
		}
		return switch (method) {
			case "tai-quay" -> "Nhận trực tiếp tại Trung tâm";
			case "buu-chinh" -> "Qua dịch vụ bưu chính công ích";
			case "dien-tu" -> "Trả kết quả điện tử";
			default -> method;
		};
	}

	/**
	 * The result document returned electronically: download it with the same
	 * {@code X-Id-Number} header.
	 *
	 * @param number document number
	 * @param signedOn date signed
	 * @param signer who signed
	 * @param url where to download it
	 */
	record Result(String number, LocalDate signedOn, String signer, String url) {

	}

	/**
	 * One public step.
	 *
	 * @param type what happened, e.g. {@code ACCEPTED}
	 * @param label what happened, in Vietnamese (the pages show this)
	 * @param statusLabel the status it led to, in Vietnamese
	 * @param occurredAt when
	 * @param note the note shown to the citizen
	 */
	record Step(String type, String label, String statusLabel, OffsetDateTime occurredAt, String note) {

		/**
		 * Names of the steps a citizen sees; a step not named here shows the status it
		 * led to.
		 */
		private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("SUBMITTED", "Đã nộp hồ sơ"),
				Map.entry("ACCEPTED", "Đã tiếp nhận, hẹn trả kết quả"), Map.entry("REFUSED", "Từ chối tiếp nhận"),
				Map.entry("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung hồ sơ"),
				Map.entry("SUPPLEMENTED", "Đã nhận hồ sơ bổ sung"),
				Map.entry("SUPPLEMENT_SUBMITTED", "Đã gửi hồ sơ bổ sung"),
				Map.entry("FORWARDED", "Chuyển cơ quan giải quyết"), Map.entry("RESUMED", "Tiếp tục giải quyết"),
				Map.entry("RESULT_READY", "Đã có kết quả"), Map.entry("FEE_PAID", "Đã nộp phí, lệ phí"),
				Map.entry("FEE_PAID_ONLINE", "Đã thanh toán trực tuyến"), Map.entry("RETURNED", "Đã trả kết quả"),
				Map.entry("STOPPED", "Dừng giải quyết"), Map.entry("WITHDRAWN", "Đã rút hồ sơ"),
				Map.entry("APOLOGY", "Thư xin lỗi, hẹn lại ngày trả"),
				Map.entry("SWITCHED_TO_STANDARD", "Chuyển xử lý theo quy trình thường"),
				Map.entry("SENT_BY_POST", "Đã gửi kết quả qua bưu chính"));

		static Step of(String type, String statusLabel, OffsetDateTime occurredAt, String note) {
			String label = NAMES.getOrDefault(type, (statusLabel != null) ? statusLabel : "Cập nhật hồ sơ");
			return new Step(type, label, statusLabel, occurredAt, note);
		}

	}

}
