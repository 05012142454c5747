package vn.motcua.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records, while switched on, the SELECT statements that the application sends through
 * its data source, with their parameters and time, so that the benchmark can EXPLAIN
 * ANALYZE exactly what one HTTP request ran: our SQL and the engine's MyBatis SQL alike.
 * Switched off (while timing), connections are handed out unwrapped.
 */
final class StatementCapture implements BeanPostProcessor {

	private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

	private volatile boolean on;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(method, target, args);
				if (this.on && result instanceof Connection connection) {
					return connection(connection);
				}
				return result;
			});
		}
		return bean;
	}

	/** Runs {@code action} with capture on; returns the SELECTs it ran, slowest first. */
	List<Statement> during(Runnable action) {
		this.statements.clear();
		this.on = true;
		try {
			action.run();
		}
		finally {
			this.on = false;
		}
		List<Statement> selects = new ArrayList<>(this.statements);
		selects.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
		return selects;
	}

	private Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(method, target, args);
			if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
				return statement(statement, sql);
			}
			return result;
		});
	}

	private PreparedStatement statement(PreparedStatement statement, String sql) {
		Map<Integer, Object> parameters = new TreeMap<>();
		return proxy(PreparedStatement.class, statement, (target, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				parameters.put(index, "setNull".equals(name) ? new Null((Integer) args[1]) : args[1]);
			}
			else if ("clearParameters".equals(name)) {
				parameters.clear();
			}
			if (!name.startsWith("execute") || !sql.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
				return invoke(method, target, args);
			}
			long start = System.nanoTime();
			Object result = invoke(method, target, args);
			this.statements.add(new Statement(sql, new ArrayList<>(parameters.values()), System.nanoTime() - start));
			return result;
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCapture.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	/** A parameter set with {@code setNull}, and its SQL type. */
	record Null(int sqlType) {

	}

	/**
	 * One SELECT as the driver received it.
	 *
	 * @param sql statement text with {@code ?} placeholders
	 * @param parameters values in placeholder order ({@link Null} for a null)
	 * @param nanos time the driver took to execute it
	 */
	record Statement(String sql, List<Object> parameters, long nanos) {

	}

}
