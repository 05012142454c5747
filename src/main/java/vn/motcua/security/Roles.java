package vn.motcua.security;

import java.util.Map;

/** Roles of an agency's officers and the Vietnamese label of each group. */
final class Roles {

	static final String MANAGERS = "quan-ly";

	static final String ADMINS = "camunda-admin";

	static final Map<String, String> LABELS = Map.of("tiep-nhan", "Tiếp nhận và trả kết quả", "chuyen-vien",
			"Chuyên viên", "lanh-dao", "Lãnh đạo", "tai-cho", "Cán bộ tại chỗ");

	private Roles() {
	}

	static String label(String role) {
		return LABELS.getOrDefault(role, role);
	}

}
