package vn.motcua.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel opens Vietnamese text
 * correctly. A text cell that a spreadsheet would read as a formula ({@code =},
 * {@code +}, {@code -}, {@code @}) gets a leading apostrophe.
 */
final class CsvTable implements TableWriter {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Writer out;

	CsvTable(OutputStream stream) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		this.out.write('\uFEFF');
	}

	@Override
	public void title(String title) {
		// A CSV file is the bare table.
	}

	@Override
	public void header(List<String> names) throws IOException {
		row(names);
	}

	@Override
	public void row(List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.write(',');
			}
			this.out.write(text(cells.get(i)));
		}
		this.out.write("\r\n");
	}

	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof LocalDateTime time) {
			return TIME.format(time);
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (cell instanceof Number) {
			return cell.toString();
		}
		String text = cell.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		this.out.flush();
	}

}
