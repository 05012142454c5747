package vn.motcua.seal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the verification of a PDF found.
 *
 * @param valid the file carries at least one signature, every signature is intact and
 * trusted, and the last one covers the whole file
 * @param message the verdict in a sentence, for the citizen
 * @param signatures each signature, in the order they were added
 */
public record SealReport(boolean valid, String message, List<Signature> signatures) {

	static SealReport unreadable() {
		return new SealReport(false, "Tệp không phải PDF đọc được, không kiểm tra được chữ ký số.", List.of());
	}

	static SealReport of(List<Signature> signatures) {
		if (signatures.isEmpty()) {
			return new SealReport(false, "Tệp không có chữ ký số.", signatures);
		}
		if (signatures.stream().anyMatch((signature) -> !signature.intact())) {
			return new SealReport(false, "Tệp đã bị thay đổi sau khi ký: chữ ký số không còn hợp lệ.", signatures);
		}
		if (!signatures.get(signatures.size() - 1).coversWholeFile()) {
			return new SealReport(false, "Tệp có nội dung được thêm vào sau chữ ký số cuối cùng.", signatures);
		}
		if (signatures.stream().anyMatch((signature) -> !signature.trusted())) {
			return new SealReport(false,
					"Chữ ký số còn nguyên vẹn nhưng chứng thư số không do tổ chức chứng thực được tin cậy cấp.",
					signatures);
		}
		return new SealReport(true, "Chữ ký số hợp lệ: tệp còn nguyên vẹn từ khi ký.", signatures);
	}

	/**
	 * @param name the name the signer gave
	 * @param certificate the subject of the signer's certificate
	 * @param subFilter the signature's format ({@code ETSI.CAdES.detached} for PAdES)
	 * @param signedAt when it was signed, as the signature says
	 * @param intact the signed bytes are unchanged
	 * @param coversWholeFile the signature covers the file up to its last byte
	 * @param trusted its certificate leads to a trusted authority
	 */
	public record Signature(String name, String certificate, String subFilter, OffsetDateTime signedAt, boolean intact,
			boolean coversWholeFile, boolean trusted) {

		static Signature broken(String name, String subFilter, OffsetDateTime signedAt) {
			return new Signature(name, null, subFilter, signedAt, false, false, false);
		}

	}

}
