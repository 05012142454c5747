package vn.motcua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet, streamed (Apache POI SXSSF keeps 200 rows in memory), so
 * a year's register does not fill the heap.
 */
final class XlsxTable implements TableWriter {

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final Sheet sheet;

	private final CellStyle bold;

	private final CellStyle time;

	private int next;

	XlsxTable(OutputStream out, String sheetName) {
		this.out = out;
		this.sheet = this.workbook.createSheet(sheetName);
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
		this.bold.setWrapText(true);
		this.time = this.workbook.createCellStyle();
		this.time.setDataFormat(this.workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
	}

	@Override
	public void title(String title) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(this.bold);
		this.next++;
	}

	@Override
	public void header(List<String> names) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < names.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names.get(i));
			cell.setCellStyle(this.bold);
			this.sheet.setColumnWidth(i, Math.min(60, Math.max(12, names.get(i).length() + 4)) * 256);
		}
		this.sheet.createFreezePane(0, this.next);
	}

	@Override
	public void row(List<?> cells) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof LocalDateTime at) {
				cell.setCellValue(at);
				cell.setCellStyle(this.time);
			}
			else if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.write(this.out);
			this.out.flush();
		}
		finally {
			this.workbook.close();
		}
	}

}
