package vn.motcua.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.report.RegisterFixture.aDossier;
import static vn.motcua.report.RegisterFixture.at;

/** Sổ theo dõi hồ sơ and the summary as XLSX and CSV, with Vietnamese headers. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportExportTest {

	static final String PERIOD = "from=2026-03-01&to=2026-03-31";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void register() {
		RegisterFixture register = new RegisterFixture(this.jdbc);
		register.clear();
		register.add(aDossier().received(at("2026-03-02", 9)).due(at("2026-03-13", 17)).finished(at("2026-03-10", 9)),
				3);
		register.add(aDossier().received(at("2026-03-03", 9)).due(at("2026-03-20", 17)).online(), 2);
		register.add(aDossier().received(at("2026-04-01", 9)).due(at("2026-04-10", 17)), 1);
		register.flush();
	}

	@Test
	void givenAPeriod_whenTheRegisterIsExportedAsXlsx_thenOneVietnameseLinePerDossierSubmittedInIt()
			throws IOException {
		HttpResponse<byte[]> response = get("/api/reports/register.xlsx?" + PERIOD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(value) -> assertThat(value).contains("danh-sach-ho-so-nop_2026-03-01_2026-03-31.xlsx"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row header = sheet.getRow(2);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Ngày nhận hồ sơ");
			assertThat(sheet.getLastRowNum() - 2).isEqualTo(5);
			Row first = sheet.getRow(3);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Nguyễn Văn A");
			assertThat(first.getCell(10).getLocalDateTimeCellValue()).isEqualTo("2026-03-10T09:00");
		}
	}

	@Test
	void givenAPeriod_whenTheRegisterIsExportedAsCsv_thenUtf8WithBomAndVietnameseHeaders() {
		HttpResponse<byte[]> response = get("/api/reports/register.csv?" + PERIOD);

		assertThat(response.statusCode()).isEqualTo(200);
		byte[] body = response.body();
		assertThat(new byte[] { body[0], body[1], body[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("STT,Mã hồ sơ,Thủ tục hành chính,Tên tổ chức, cá nhân"
			.replace("Tên tổ chức, cá nhân", "\"Tên tổ chức, cá nhân\""));
		assertThat(lines).hasSize(6);
		assertThat(lines[1]).contains("Nguyễn Văn A").contains("02/03/2026 09:00");
	}

	@Test
	void givenAPeriod_whenTheSummaryIsExported_thenTheTotalLineCarriesTheFigures() throws IOException {
		HttpResponse<byte[]> xlsx = get("/api/reports/summary.xlsx?" + PERIOD);
		HttpResponse<byte[]> csv = get("/api/reports/summary.csv?" + PERIOD);

		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Row header = book.getSheetAt(0).getRow(2);
			Row total = book.getSheetAt(0).getRow(3);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Tiếp nhận");
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng");
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(5);
			assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(3);
		}
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Tổng,,Tất cả,5,0,5,2,3,3,");
	}

	@Test
	void givenABadPeriod_whenExporting_then400ProblemNotAFile() {
		HttpResponse<byte[]> response = get("/api/reports/register.xlsx?from=2026-03-31&to=2026-03-01");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("Kỳ báo cáo không hợp lệ");
	}

	private HttpResponse<byte[]> get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("quan-ly:demo".getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
