package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.stereotype.Component;

/**
 * Prints the HTML page of a form as PDF (openhtmltopdf on PDFBox), so the paper and the
 * screen come from one template. The page's print stylesheet applies; the text is set in
 * DejaVu Sans, embedded and subset, for the Vietnamese diacritics (the base PDF fonts
 * have none).
 */
@Component
class PdfPages {

	/** The family the print stylesheet names first for PDF output. */
	static final String FONT = "DejaVu Sans";

	byte[] render(String html) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, "/fonts/DejaVuSans.ttf", 400);
		font(builder, "/fonts/DejaVuSans-Bold.ttf", 700);
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
		builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Upright and italic faces from one file: there is no italic DejaVu Sans here. */
	private static void font(PdfRendererBuilder builder, String resource, int weight) {
		for (FontStyle style : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
			builder.useFont(() -> open(resource), FONT, weight, style, true);
		}
	}

	private static InputStream open(String resource) {
		InputStream in = PdfPages.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing font " + resource);
		}
		return in;
	}

}
