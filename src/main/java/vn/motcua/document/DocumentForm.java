package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import vn.motcua.dossier.DossierStatus;

/**
 * The forms of Thông tư 03/2025/TT-VPCP, Phụ lục I, that motcua prints from the register,
 * each with the step of the flow from which it exists. Before that step a request for it
 * is a conflict, not an empty page.
 */
enum DocumentForm {

	/** Issued at acceptance (Nghị định 118/2025/NĐ-CP, Điều 17). */
	MAU_01("mau-01", "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", (data) -> data.accepted().isPresent()),

	/** Issued when the dossier must be supplemented, once only (Điều 11). */
	MAU_02("mau-02", "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
			(data) -> data.last("SUPPLEMENT_REQUESTED").isPresent()),

	/** Issued when reception refuses the dossier. */
	MAU_03("mau-03", "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
			(data) -> data.dossier().status() == DossierStatus.TU_CHOI && data.last("REFUSED").isPresent()),

	/**
	 * Sent by the agency that will be late, with the reason and the new date. Title as
	 * docs/domain.md, "Forms and the register book" gives it for Thông tư 03/2025 (exact
	 * wording unverified; provincial texts also say "Phiếu đề nghị gia hạn thời gian giải
	 * quyết").
	 */
	MAU_04("mau-04", "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
			(data) -> data.last("APOLOGY").isPresent()),

	/**
	 * Issued when handling stops at the applicant's request (Thông tư 03/2025/TT-VPCP,
	 * Điều 7; Nghị định 118/2025/NĐ-CP, Điều 21).
	 */
	MAU_05("mau-05", "05", "Thông báo dừng giải quyết hồ sơ", (data) -> data.last("WITHDRAWN").isPresent()),

	/** Opened at acceptance; one row per hand-over until the result is returned. */
	MAU_06("mau-06", "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", (data) -> data.accepted().isPresent());

	private final String slug;

	private final String number;

	private final String title;

	private final Predicate<FormData> applies;

	DocumentForm(String slug, String number, String title, Predicate<FormData> applies) {
		this.slug = slug;
		this.number = number;
		this.title = title;
		this.applies = applies;
	}

	static Optional<DocumentForm> of(String slug) {
		return Arrays.stream(values()).filter((form) -> form.slug.equals(slug)).findFirst();
	}

	/** The path segment, e.g. {@code mau-01}. */
	String slug() {
		return this.slug;
	}

	/** Its series of numbers in {@code form_counter}, e.g. {@code M02}. */
	String series() {
		return "M" + this.number;
	}

	/** The form number as printed, e.g. {@code 01}. */
	String number() {
		return this.number;
	}

	String title() {
		return this.title;
	}

	String template() {
		return "documents/" + this.slug;
	}

	boolean appliesTo(FormData data) {
		return this.applies.test(data);
	}

	/** Bundle key of the Vietnamese detail of the 409 answered when it does not apply. */
	String notApplicableKey() {
		return "document.not-applicable." + this.slug;
	}

}
