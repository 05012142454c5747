package vn.motcua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A copy of the repository's {@code processes/} folder in which a test changes files, as
 * a designer would before a restart.
 */
public final class ProcessFolderCopy {

	private final Path root;

	private ProcessFolderCopy(Path root) {
		this.root = root;
	}

	public static ProcessFolderCopy of(Path target) {
		Path source = Path.of("processes");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ProcessFolderCopy(target);
	}

	/** Replaces the one occurrence of {@code from} in the file. */
	public ProcessFolderCopy replace(String file, String from, String to) {
		Path path = this.root.resolve(file);
		try {
			String text = Files.readString(path, StandardCharsets.UTF_8);
			if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
				throw new IllegalArgumentException("Not exactly once in " + file + ": " + from);
			}
			Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Changes a model with Camunda's model API, as Modeler would save it. */
	public ProcessFolderCopy editModel(String file, java.util.function.Consumer<BpmnModelInstance> change) {
		java.io.File model = this.root.resolve(file).toFile();
		BpmnModelInstance instance = Bpmn.readModelFromFile(model);
		change.accept(instance);
		Bpmn.writeModelToFile(model, instance);
		return this;
	}

	/** The folder as a {@code motcua.processes.location}. */
	public String location() {
		return this.root.toUri().toString();
	}

}
