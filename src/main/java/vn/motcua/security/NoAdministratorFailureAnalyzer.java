package vn.motcua.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the missing administrator as one message naming the two variables, instead of a
 * bean-creation stack trace.
 */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Đặt MOTCUA_ADMIN_USER và MOTCUA_ADMIN_PASSWORD (mật khẩu mạnh, giữ bí mật) cho lần khởi động đầu tiên; "
						+ "chỉ hồ sơ cấu hình demo mới có tài khoản mặc định. / Set MOTCUA_ADMIN_USER and "
						+ "MOTCUA_ADMIN_PASSWORD (a strong, secret password) for the first start; only the demo profile "
						+ "has a default account.",
				cause);
	}

}
