package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Sổ theo dõi hồ sơ of a receiving unit and year: an A4 landscape page to print, its
 * PDF, and an XLSX export, for the unit's officers and the center's managers.
 */
@RestController
@RequestMapping("/api/register-books/{unit}")
class ReceptionBookController {

	static final List<String> COLUMNS = List.of("Số thứ tự", "Mã hồ sơ", "Tên thủ tục hành chính",
			"Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết",
			"Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
			"Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho tổ chức, cá nhân", "Ghi chú");

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReceptionBook book;

	private final FormDataReader units;

	private final ITemplateEngine templates;

	private final PdfPages pdf;

	private final Clock clock;

	ReceptionBookController(ReceptionBook book, FormDataReader units, ITemplateEngine templates, PdfPages pdf,
			Clock clock) {
		this.book = book;
		this.units = units;
		this.templates = templates;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/{year}")
	ResponseEntity<String> page(@PathVariable String unit, @PathVariable int year,
			@RequestParam(required = false) Integer month) {
		return ResponseEntity.ok().contentType(HTML).body(html(unit, year, month));
	}

	@GetMapping("/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String unit, @PathVariable int year,
			@RequestParam(required = false) Integer month) {
		return file(this.pdf.render(html(unit, year, month)), MediaType.APPLICATION_PDF,
				"so-theo-doi-" + unit + "-" + year + ".pdf");
	}

	@GetMapping("/{year}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String unit, @PathVariable int year,
			@RequestParam(required = false) Integer month) {
		List<ReceptionBook.Line> lines = this.book.lines(visible(unit).code(), checked(year), checked(month));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sổ theo dõi hồ sơ " + year);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
			}
			int r = 1;
			for (ReceptionBook.Line line : lines) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.number());
				String due = line.newDueAt().isEmpty() ? line.dueAt() : line.dueAt() + "; hẹn lại " + line.newDueAt();
				List<String> cells = List.of(line.code(), line.procedure(), line.sets(), line.applicant(),
						line.contact(), line.agency(), line.receivedAt(), due, line.forwardedAt(), line.resultAt(),
						line.returnedAt(), line.note());
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i + 1).setCellValue(cells.get(i));
				}
			}
			workbook.write(out);
			return file(out.toByteArray(), XLSX, "so-theo-doi-" + unit + "-" + year + ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String html(String unit, int year, Integer month) {
		FormData.Unit receiving = visible(unit);
		Map<String, Object> variables = new HashMap<>();
		variables.put("unit", receiving);
		variables.put("year", checked(year));
		variables.put("month", checked(month));
		variables.put("columns", COLUMNS);
		variables.put("lines", this.book.lines(receiving.code(), year, month));
		variables.put("printedOn", Texts.placeAndDate(receiving.place(), OffsetDateTime.now(this.clock)));
		return this.templates.process("documents/so-theo-doi", new Context(Locale.forLanguageTag("vi-VN"), variables));
	}

	/** The unit, if the officer works there or oversees every agency; else 404. */
	private FormData.Unit visible(String unit) {
		Officer officer = Officer.current();
		return this.units.known(unit)
			.filter((found) -> officer.seesEveryAgency() || officer.agencies().contains(found.code()))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "register-book-not-found",
					"document.book.unknown", unit));
	}

	private static int checked(int year) {
		if (year < 2000 || year > 2999) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-book-year", "document.book.year.invalid",
					String.valueOf(year));
		}
		return year;
	}

	private static Integer checked(Integer month) {
		if (month != null && (month < 1 || month > 12)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-book-month", "document.book.month.invalid",
					String.valueOf(month));
		}
		return month;
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
