package vn.motcua.report;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to a spreadsheet or CSV file. Cells are {@code String},
 * {@code Number}, {@code LocalDateTime} or {@code null}.
 */
interface TableWriter extends AutoCloseable {

	void title(String title) throws IOException;

	void header(List<String> names) throws IOException;

	void row(List<?> cells) throws IOException;

	@Override
	void close() throws IOException;

}
