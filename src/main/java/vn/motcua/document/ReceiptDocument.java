package vn.motcua.document;

import java.util.Optional;

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

	private final FormNumbers numbers;

	ReceiptDocument(FormDataReader reader, FormRenderer renderer, FormNumbers numbers) {
		this.reader = reader;
		this.renderer = renderer;
		this.numbers = numbers;
	}

	/**
	 * The receipt's Số as printed on it (the dossier's number in the receiving unit's
	 * book), once the acceptance has taken it: just before the accepting transaction
	 * commits.
	 */
	public Optional<String> number(String dossierCode) {
		return this.numbers.entry(dossierCode).map((entry) -> Texts.documentNumber(entry.number()));
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
