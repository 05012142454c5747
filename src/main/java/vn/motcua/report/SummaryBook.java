package vn.motcua.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.Channel;

import org.springframework.stereotype.Component;

/**
 * The period summary as a table: the whole, then each agency, procedure and channel, with
 * the counts behind every rate.
 */
@Component
class SummaryBook {

	static final List<String> HEADERS = List.of("Phân loại", "Mã", "Tên", "Tiếp nhận", "Kỳ trước chuyển sang",
			"Mới trong kỳ", "Trực tuyến", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết",
			"Trong hạn", "Quá hạn (cuối kỳ)", "Dừng xử lý, trả lại", "Rút hồ sơ", "Từ chối tiếp nhận",
			"Chờ tiếp nhận (cuối kỳ)", "Tỷ lệ trước hạn (%)", "Tỷ lệ đúng hạn (%)", "Tỷ lệ đúng hạn 766 (%)",
			"Số ngày trước hạn trung bình", "Tỷ lệ đánh giá hài lòng (%)", "Bước xử lý quá hạn",
			"Có phản ánh, kiến nghị hoặc không hài lòng", "Mức độ hài lòng 766 (%)");

	private final PeriodReport report;

	SummaryBook(PeriodReport report) {
		this.report = report;
	}

	void write(PeriodReport.Result result, TableWriter table) throws IOException {
		table.title("BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ " + result.period().label());
		table.header(HEADERS);
		table.row(line("Tổng", "", "Tất cả", result.total()));
		for (Map.Entry<String, Tally> agency : result.byAgency().entrySet()) {
			table.row(line("Cơ quan", agency.getKey(), this.report.agencyName(agency.getKey()), agency.getValue()));
		}
		for (Map.Entry<String, Tally> procedure : result.byProcedure().entrySet()) {
			table.row(line("Thủ tục", procedure.getKey(), result.procedureNames().get(procedure.getKey()),
					procedure.getValue()));
		}
		for (Map.Entry<String, Tally> channel : result.byChannel().entrySet()) {
			table.row(line("Kênh", channel.getKey(), Channel.valueOf(channel.getKey()).label(), channel.getValue()));
		}
	}

	private static List<Object> line(String kind, String code, String name, Tally tally) {
		Figures f = tally.figures();
		List<Object> line = new ArrayList<>(List.of(kind, code, (name != null) ? name : code));
		line.addAll(List.of(f.received(), tally.carriedOver, tally.newInPeriod(), f.receivedOnline(), f.resolved(),
				f.resolvedEarly(), f.resolvedOnTime(), f.resolvedLate(), f.inProgress(), tally.inProgressWithinTime,
				f.inProgressOverdue(), f.stopped(), f.withdrawn(), f.refused(), f.awaitingReception()));
		line.add(f.earlyRate());
		line.add(f.onTimeRate());
		line.add(f.inTimeRate());
		line.add(f.avgDaysEarly());
		line.add(f.satisfactionRate());
		line.add(tally.lateSteps);
		line.add(f.complainedOrDisliked());
		line.add(f.satisfaction766());
		return line;
	}

}
