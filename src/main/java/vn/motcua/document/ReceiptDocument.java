package vn.motcua.document;

import vn.motcua.dossier.Dossier;

import org.springframework.stereotype.Component;

/**
 * The citizen's copy of the Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the very PDF the
 * officers print as Mẫu 01, look-up QR code included.
 */
@Component
public class ReceiptDocument {

	private final FormDataReader reader;

	private final FormRenderer renderer;

	ReceiptDocument(FormDataReader reader, FormRenderer renderer) {
		this.reader = reader;
		this.renderer = renderer;
	}

	/** Whether the dossier has a receipt yet: it has been received (accepted). */
	public boolean issued(Dossier dossier) {
		return DocumentForm.MAU_01.appliesTo(this.reader.read(dossier));
	}

	/** The PDF of Mẫu 01; the dossier must have been received. */
	public byte[] pdf(Dossier dossier) {
		return this.renderer.pdf(DocumentForm.MAU_01, this.reader.read(dossier));
	}

}
