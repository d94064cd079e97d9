package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Where Apache POI keeps its temporary files (the rows of a streamed spreadsheet export).
 * POI's default is one directory for the whole machine,
 * {@code <java.io.tmpdir>/poifiles}, owned by whichever user created it first; every
 * other user's build or application then fails with an {@code AccessDeniedException}.
 * This gives POI a directory of this process instead: created under
 * {@code java.io.tmpdir}, readable for its owner only, deleted when the JVM exits.
 * Installed once per JVM while the application starts, before any export can run.
 */
@Component
class PoiTempFiles {

	private static final Logger log = LoggerFactory.getLogger(PoiTempFiles.class);

	private static Path directory;

	PoiTempFiles() {
		install();
	}

	/**
	 * The directory POI uses in this JVM, {@code null} until {@link #install()} ran.
	 */
	static synchronized Path directory() {
		return directory;
	}

	/**
	 * Makes POI use a directory of this process, once per JVM.
	 * @return that directory
	 */
	static synchronized Path install() {
		if (directory == null) {
			Path created = createPrivateDirectory(Path.of(System.getProperty("java.io.tmpdir")));
			TempFile.setTempFileCreationStrategy(strategyFor(created));
			directory = created;
			log.debug("Apache POI keeps its temporary files in {}", created);
		}
		return directory;
	}

	/**
	 * A new directory under {@code parent} that only this process's user can open (on
	 * POSIX file systems {@code rwx------}), deleted with its contents when the JVM
	 * exits.
	 */
	static Path createPrivateDirectory(Path parent) {
		try {
			Path created = Files.createTempDirectory(parent, "binnenbuiten-poi-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a directory for Apache POI's temporary files", ex);
		}
	}

	static TempFileCreationStrategy strategyFor(Path directory) {
		return new DefaultTempFileCreationStrategy(directory.toFile());
	}

	private static void delete(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			// the JVM is ending; the operating system cleans its temporary directory
		}
	}

}
