package vn.motcua.security;

/**
 * The engine has no administrator and the environment names none: starting would leave
 * Camunda's first-user set-up open to the first visitor.
 */
class NoAdministratorException extends IllegalStateException {

	static final String MESSAGE = "Chưa có quản trị viên: đặt biến môi trường MOTCUA_ADMIN_USER và MOTCUA_ADMIN_PASSWORD "
			+ "rồi khởi động lại. / No administrator: set MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD and start again.";

	NoAdministratorException() {
		super(MESSAGE);
	}

}
