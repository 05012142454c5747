package vn.motcua.engine;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code motcua.processes.location} names a folder, and the catalogue and calendar paths
 * are written after it ({@code ${motcua.processes.location}catalogue/…}): an operator who
 * writes {@code file:/etc/motcua/processes} without the last slash gets it added, rather
 * than models deployed and a catalogue looked for in {@code …/processescatalogue/}.
 */
class ProcessesLocationSlash implements EnvironmentPostProcessor {

	static final String PROPERTY = "motcua.processes.location";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String location = environment.getProperty(PROPERTY);
		if (location != null && !location.isBlank() && !location.endsWith("/")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("motcua-processes-location", Map.of(PROPERTY, location + "/")));
		}
	}

}
