package vn.motcua.bench;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.web.VietnameseTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the benchmark loaders share: the variables a {@code mot-cua} instance holds for a
 * register row, and starting the instances of many rows in parallel batches, each batch
 * one transaction that also links the rows to their instances.
 */
final class BenchInstances {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private BenchInstances() {
	}

	/**
	 * The flow's variables for a dossier of {@code procedure}; with a due time, those of
	 * a dossier the counter has accepted.
	 */
	static Map<String, Object> variables(String code, Procedure procedure, String receivingUnit, String agency,
			Channel channel, int supplementCount, OffsetDateTime dueAt) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.DOSSIER_CODE, code);
		variables.put(ProcessVariables.PROCEDURE_CODE, procedure.code());
		variables.put(ProcessVariables.PROCEDURE_NAME, procedure.name());
		variables.put(ProcessVariables.RECEIVING_UNIT, receivingUnit);
		variables.put(ProcessVariables.AGENCY, agency);
		variables.put(ProcessVariables.RECEPTION_GROUP, receivingUnit + ":tiep-nhan");
		variables.put(ProcessVariables.SPECIALIST_GROUP, agency + ":chuyen-vien");
		variables.put(ProcessVariables.LEADER_GROUP, agency + ":lanh-dao");
		variables.put(ProcessVariables.ON_SITE_GROUP, agency + ":tai-cho");
		variables.put(ProcessVariables.ON_SITE_APPROVERS, "");
		variables.put(ProcessVariables.FEE_AMOUNT, procedure.fee().amount());
		variables.put(ProcessVariables.CHANNEL, channel.name());
		variables.put(ProcessVariables.CHANNEL_LABEL, channel.label());
		variables.put(ProcessVariables.SUPPLEMENT_COUNT, supplementCount);
		if (dueAt != null) {
			variables.put("receptionDecision", "accept");
			variables.put(ProcessVariables.DUE_AT, Date.from(dueAt.toInstant()));
			variables.put(ProcessVariables.APOLOGY_COUNT, 0);
			variables.put(ProcessVariables.DUE_TEXT,
					VietnameseTime.HOUR_AND_DAY.format(dueAt.atZoneSameInstant(VIETNAM)));
		}
		return variables;
	}

	/**
	 * Starts an instance for each row on {@code threads} threads, {@code batch} rows to a
	 * transaction, and records each instance on its register row; prints progress every
	 * {@code every} rows. {@code start} returns the instance id. Returns how many
	 * started.
	 */
	static <T> int startInBatches(List<T> rows, Function<T, String> code, Function<T, String> start, int batch,
			int threads, TransactionTemplate transactions, JdbcTemplate jdbc, String label, int every)
			throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger started = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					int from;
					while ((from = next.getAndAdd(batch)) < rows.size()) {
						List<T> slice = rows.subList(from, Math.min(rows.size(), from + batch));
						transactions.executeWithoutResult((status) -> {
							List<Object[]> links = new ArrayList<>();
							for (T row : slice) {
								links.add(new Object[] { start.apply(row), code.apply(row) });
							}
							jdbc.batchUpdate("update dossier set process_instance_id = ? where code = ?", links);
						});
						int done = started.addAndGet(slice.size());
						if (done / every != (done - slice.size()) / every) {
							System.out.printf("%s: %d of %d process instances started%n", label, done, rows.size());
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return started.get();
	}

}
