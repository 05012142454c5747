package vn.motcua.citizen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, Thông tư 03/2025/TT-VPCP) as a
 * one-page A4 PDF, with DejaVu Sans embedded (subset) for the Vietnamese diacritics and a
 * QR code of the look-up address.
 */
@Component
class ReceiptPdf {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

	private static final float MARGIN = 56;

	private final Catalogue catalogue;

	private final String publicUrl;

	ReceiptPdf(Catalogue catalogue, @Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.catalogue = catalogue;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String lookupUrl(String code) {
		return this.publicUrl + "/?ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
	}

	byte[] render(Dossier dossier, List<String> documents) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
			PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
			String unit = this.catalogue.agency(dossier.receivingUnit())
				.map(Agency::name)
				.orElse(dossier.receivingUnit());
			Procedure procedure = this.catalogue.procedure(dossier.procedureCode()).orElse(null);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				Writer writer = new Writer(content, page.getMediaBox(), regular, bold);
				writer.centered(bold, 11, unit.toUpperCase(java.util.Locale.forLanguageTag("vi")));
				writer.centered(bold, 11, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
				writer.centered(regular, 11, "Độc lập - Tự do - Hạnh phúc");
				writer.gap(18);
				writer.centered(bold, 14, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
				writer.centered(regular, 11, "Mã hồ sơ: " + dossier.code());
				writer.gap(12);
				writer.paragraph(unit + " tiếp nhận hồ sơ của:");
				writer.field("Ông/bà/tổ chức", dossier.applicant().name());
				writer.field("Địa chỉ", dossier.applicant().address());
				writer.field("Số điện thoại", dossier.applicant().phone());
				writer.field("Thư điện tử", dossier.applicant().email());
				writer.field("Nội dung yêu cầu giải quyết", dossier.procedureName());
				writer.field("Kênh tiếp nhận", dossier.channel().label());
				writer.paragraph("Thành phần hồ sơ nộp gồm:");
				if (documents.isEmpty()) {
					writer.paragraph("    (không có tệp đính kèm)");
				}
				for (int i = 0; i < documents.size(); i++) {
					writer.paragraph("    " + (i + 1) + ". " + documents.get(i));
				}
				if (procedure != null && procedure.committedDays() != null) {
					writer.field("Thời gian giải quyết hồ sơ theo quy định",
							procedure.committedDays() + " ngày làm việc");
				}
				writer.field("Thời gian nhận hồ sơ",
						time((dossier.acceptedAt() != null) ? dossier.acceptedAt() : dossier.submittedAt()));
				writer.field("Thời gian trả kết quả giải quyết hồ sơ", time(dossier.dueAt()));
				writer.field("Nhận kết quả tại", unit);
				writer.gap(10);
				String url = lookupUrl(dossier.code());
				writer.paragraph("Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập " + url
						+ " (cần nhập số định danh của người nộp).");
				writer.qr(qr(url), 120);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String time(OffsetDateTime time) {
		return (time != null) ? time.atZoneSameInstant(VN).format(TIME) : "";
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Missing font " + resource);
			}
			return PDType0Font.load(document, in);
		}
	}

	private static BitMatrix qr(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2,
					EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes lines top-down, wrapping long ones at the page width. */
	private static final class Writer {

		private final PDPageContentStream content;

		private final PDRectangle box;

		private final PDFont regular;

		private final PDFont bold;

		private float y;

		Writer(PDPageContentStream content, PDRectangle box, PDFont regular, PDFont bold) {
			this.content = content;
			this.box = box;
			this.regular = regular;
			this.bold = bold;
			this.y = box.getHeight() - MARGIN;
		}

		void gap(float height) {
			this.y -= height;
		}

		void centered(PDFont font, float size, String text) throws IOException {
			float width = font.getStringWidth(text) / 1000 * size;
			line(font, size, (this.box.getWidth() - width) / 2, text);
		}

		void field(String label, String value) throws IOException {
			if (value == null || value.isBlank()) {
				return;
			}
			paragraph(label + ": " + value);
		}

		void paragraph(String text) throws IOException {
			float width = this.box.getWidth() - 2 * MARGIN;
			for (String line : wrap(text, this.regular, 11, width)) {
				line(this.regular, 11, MARGIN, line);
			}
		}

		void qr(BitMatrix matrix, float size) throws IOException {
			float module = size / matrix.getWidth();
			float left = (this.box.getWidth() - size) / 2;
			float top = this.y - 6;
			this.content.setNonStrokingColor(java.awt.Color.BLACK);
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int column = 0; column < matrix.getWidth(); column++) {
					if (matrix.get(column, row)) {
						this.content.addRect(left + column * module, top - (row + 1) * module, module, module);
					}
				}
			}
			this.content.fill();
			this.y = top - size;
		}

		private void line(PDFont font, float size, float x, String text) throws IOException {
			this.y -= size * 1.5f;
			this.content.beginText();
			this.content.setFont(font, size);
			this.content.newLineAtOffset(x, this.y);
			this.content.showText(text);
			this.content.endText();
		}

		private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

	}

}
