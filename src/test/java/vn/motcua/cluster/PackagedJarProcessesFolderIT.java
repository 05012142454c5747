package vn.motcua.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.support.AppNode;
import vn.motcua.support.PostgresDatabase;
import vn.motcua.support.ProcessFolderCopy;
import vn.motcua.support.TestHttp;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, as a server runs it, reads an external {@code processes/} folder
 * (named without its last slash, as an operator may write it): a deadline changed in the
 * folder's catalogue is served without a rebuild.
 */
@ExtendWith(PostgresDatabase.class)
class PackagedJarProcessesFolderIT {

	private static final String PROCEDURE = "3.000333.000.00.00.H27";

	@Test
	void givenTheJarStartedOnAnExternalFolderWhoseCatalogueWasEdited_whenAProcedureIsAsked_thenItHasTheNewDeadline()
			throws Exception {
		Path folder = Files.createTempDirectory("motcua-jar-processes");
		try {
			ProcessFolderCopy copy = ProcessFolderCopy.of(folder.resolve("processes"));
			String catalogue = Files.readString(folder.resolve("processes/catalogue/procedures.yaml"));
			int entry = catalogue.indexOf("code: " + PROCEDURE);
			int days = catalogue.indexOf("committedDays:", entry);
			String line = catalogue.substring(days, catalogue.indexOf('\n', days));
			assertThat(line).as("the shipped commitment").isNotEqualTo("committedDays: 5");
			String entryUpToDays = catalogue.substring(entry, days);
			copy.replace("catalogue/procedures.yaml", entryUpToDays + line, entryUpToDays + "committedDays: 5");
			String withoutSlash = copy.location().replaceAll("/$", "");

			try (AppNode node = AppNode
				.start("jar-processes", List.of(), List.of("--motcua.processes.location=" + withoutSlash))
				.awaitReady(Duration.ofSeconds(120))) {
				HttpResponse<String> procedure = new TestHttp(node.port()).get("/api/public/procedures/" + PROCEDURE);

				assertThat(procedure.statusCode()).isEqualTo(200);
				assertThat(procedure.body()).contains("\"committedDays\":5");
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
