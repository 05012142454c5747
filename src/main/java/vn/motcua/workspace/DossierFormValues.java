package vn.motcua.workspace;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.motcua.calendar.WorkingDayCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.engine.TaskFormDisplay;
import vn.motcua.web.VietnameseTime;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The dossier as every task form shows it (text components of {@code processes/forms}):
 * the applicant, the papers with links to their files, the time left and the fee, read
 * from the register when the form opens. Names a form may use:
 * <ul>
 * <li>{@code applicantName}, {@code applicantIdNumber}, {@code applicantAddress},
 * {@code applicantPhone}</li>
 * <li>{@code channelText}, {@code dueInfo} (appointment and working time left),
 * {@code feeText} ("200.000 đồng")</li>
 * <li>{@code papersText}: the papers as a Markdown list, each file a link that opens in a
 * new tab</li>
 * <li>{@code resultText}: the result document once attached</li>
 * <li>{@code returnText}: how the applicant asked for the result, with the postal address
 * when by post</li>
 * </ul>
 */
@Component
class DossierFormValues implements TaskFormDisplay {

	private static final String NONE = "—";

	private final DossierRegister register;

	private final Papers papers;

	private final ResultDocuments results;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	DossierFormValues(DossierRegister register, Papers papers, ResultDocuments results, WorkingDayCalendar calendar,
			Clock clock) {
		this.register = register;
		this.papers = papers;
		this.results = results;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public Map<String, String> valuesFor(String dossierCode, String processInstanceId) {
		Optional<Dossier> found = this.register.find(dossierCode)
			.filter((dossier) -> processInstanceId.equals(dossier.processInstanceId()));
		if (found.isEmpty()) {
			return Map.of();
		}
		Dossier dossier = found.get();
		Dossier.Applicant applicant = dossier.applicant();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("applicantName", text(applicant.name()));
		values.put("applicantIdNumber", text(applicant.idNumber()));
		values.put("applicantAddress", text(applicant.address()));
		values.put("applicantPhone", text(applicant.phone()));
		values.put("channelText", dossier.channel().label());
		values.put("dueInfo", dueInfo(dossier));
		values.put("feeText", amount(dossier.feeAmount()));
		values.put("papersText", papersText(dossier.code(), this.papers.of(dossier.code())));
		values.put("returnText",
				returnText(this.register.returnMethod(dossier.code()), this.register.returnAddress(dossier.code())));
		values.put("resultText",
				this.results.find(dossier.code())
					.map((result) -> resultText(dossier.code(), result))
					.orElse("Chưa đính kèm văn bản kết quả."));
		return values;
	}

	/** What the applicant chose at submission (the counter or the portal). */
	static String returnText(String method, String address) {
		if (method == null) {
			return "Chưa chọn (hỏi người nộp khi trả kết quả)";
		}
		return switch (method) {
			case "tai-quay" -> "Nhận trực tiếp tại quầy";
			case "buu-chinh" -> "Qua dịch vụ bưu chính công ích, gửi đến: " + text(address);
			case "dien-tu" -> "Trả kết quả điện tử (người nộp tải về khi tra cứu hồ sơ)";
			default -> text(method);
		};
	}

	/** {@code 200.000 đồng}; {@code Không thu} for a free procedure. */
	static String amount(long amount) {
		return (amount == 0) ? "Không thu"
				: NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
	}

	private String dueInfo(Dossier dossier) {
		if (dossier.dueAt() == null) {
			return "Chưa hẹn (hạn được tính khi tiếp nhận hồ sơ)";
		}
		ZonedDateTime due = dossier.dueAt().atZoneSameInstant(WorkingDayCalendar.VIETNAM);
		String appointment = VietnameseTime.HOUR_AND_DAY.format(due);
		if (dossier.finishedAt() != null || dossier.pausedAt() != null) {
			return appointment;
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		if (now.isAfter(due)) {
			return appointment + " — **đã quá hạn " + workingTime(this.calendar.workingTimeBetween(due, now)) + "**";
		}
		return appointment + " — còn " + workingTime(this.calendar.workingTimeBetween(now, due));
	}

	/** "2 ngày 3 giờ làm việc", "45 phút làm việc". */
	private String workingTime(Duration time) {
		long day = this.calendar.workingDay().toMinutes();
		long minutes = time.toMinutes();
		long days = minutes / day;
		long hours = (minutes % day) / 60;
		StringBuilder text = new StringBuilder();
		if (days > 0) {
			text.append(days).append(" ngày ");
		}
		if (hours > 0) {
			text.append(hours).append(" giờ ");
		}
		if (days == 0 && hours == 0) {
			text.append(minutes % 60).append(" phút ");
		}
		return text.append("làm việc").toString();
	}

	static String papersText(String code, List<Papers.Paper> papers) {
		if (papers.isEmpty()) {
			return "Chưa có giấy tờ nào được ghi nhận.";
		}
		StringBuilder text = new StringBuilder();
		for (Papers.Paper paper : papers) {
			text.append("- ").append(kind(paper.kind())).append(": ");
			if (paper.hasFile()) {
				text.append(link(paper.url(code), paper.name())).append(" (").append(type(paper.contentType()));
				if (paper.digitisedBy() != null) {
					text.append(", số hóa tại quầy");
				}
				if (paper.reusedFrom() != null) {
					text.append(", công dân đồng ý dùng lại từ hồ sơ ").append(escape(paper.reusedFrom()));
				}
				text.append(')');
			}
			else {
				text.append(escape(paper.name())).append(" (chỉ có bản giấy)");
			}
			if (paper.form() != null) {
				text.append(" — ").append(escape(paper.form()));
			}
			text.append(", ").append(paper.copies()).append(" bản\n");
		}
		return text.toString();
	}

	private static String resultText(String code, ResultDocuments.Result result) {
		return "Số " + escape(result.number()) + " ngày " + result.signedOn().format(ResultDocuments.DAY)
				+ ", người ký: " + escape(result.signer()) + " — "
				+ link("/api/dossiers/" + code + "/files/" + result.fileId(), "mở văn bản kết quả");
	}

	/** Opens in a new tab, so that the task form stays as the officer left it. */
	static String link(String url, String label) {
		return "<a href=\"" + HtmlUtils.htmlEscape(url) + "\" target=\"_blank\">" + escape(label) + "</a>";
	}

	private static String kind(String kind) {
		return switch (kind) {
			case "BO_SUNG" -> "Bổ sung";
			case "KET_QUA" -> "Kết quả";
			default -> "Đã nộp";
		};
	}

	private static String type(String contentType) {
		return switch (contentType) {
			case "application/pdf" -> "PDF";
			case "image/jpeg" -> "ảnh JPEG";
			case "image/png" -> "ảnh PNG";
			default -> "tệp";
		};
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? NONE : escape(value);
	}

	/**
	 * Text the form renders as Markdown and HTML shows as it is: no tag, no link, no
	 * emphasis of its own.
	 */
	static String escape(String value) {
		String markdown = value.replaceAll("([\\\\`*_\\[\\](){}#!|~])", "\\\\$1");
		return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
