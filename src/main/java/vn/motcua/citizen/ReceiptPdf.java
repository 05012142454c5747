package vn.motcua.citizen;

import vn.motcua.document.ReceiptDocument;
import vn.motcua.dossier.Dossier;

import org.springframework.stereotype.Component;

/**
 * The Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, Thông tư 03/2025/TT-VPCP) the
 * citizen downloads: the officers' Mẫu 01, printed from the same template, with its
 * look-up QR code.
 */
@Component
class ReceiptPdf {

	private final ReceiptDocument receipts;

	ReceiptPdf(ReceiptDocument receipts) {
		this.receipts = receipts;
	}

	byte[] render(Dossier dossier) {
		return this.receipts.pdf(dossier);
	}

}
