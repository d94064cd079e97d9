package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL of its own, apart from the one every {@link IntegrationTest} shares, for
 * tests that stop the database or run several application instances on it
 * ({@link AppInstance}). One per JVM, started on first use; it keeps its data directory
 * and port across {@link #stop()} and {@link #start()}, as a real server does across a
 * restart.
 */
public final class SeparateDatabase {

	private static SeparateDatabase instance;

	private final Path dataDirectory;

	private int port;

	private EmbeddedPostgres postgres;

	private boolean running;

	private AppInstance shared;

	private SeparateDatabase() throws IOException {
		this.dataDirectory = Files.createTempDirectory("binnenbuiten-separate-db");
		start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown));
	}

	/**
	 * The separate database, started if it is not running yet.
	 */
	public static synchronized SeparateDatabase get() {
		if (instance == null) {
			try {
				instance = new SeparateDatabase();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the separate PostgreSQL", ex);
			}
		}
		return instance;
	}

	/**
	 * An application instance on this database that tests share; started on first use and
	 * stopped when the JVM ends. Never stop it in a test: start an instance of your own
	 * with {@link AppInstance#start(SeparateDatabase)} for that.
	 */
	public synchronized AppInstance sharedInstance() {
		if (this.shared == null) {
			this.shared = AppInstance.start(this);
		}
		return this.shared;
	}

	/**
	 * Starts the server (again) on the same data directory and port.
	 */
	public synchronized void start() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false);
		if (this.port != 0) {
			builder.setPort(this.port);
		}
		this.postgres = builder.start();
		this.port = this.postgres.getPort();
		this.running = true;
	}

	/**
	 * Stops the server; the data stays.
	 */
	public synchronized void stop() throws IOException {
		this.postgres.close();
		this.running = false;
	}

	public synchronized boolean isRunning() {
		return this.running;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	private synchronized void shutDown() {
		try {
			if (this.shared != null) {
				this.shared.close();
			}
			this.postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// the JVM is ending; nothing more to do
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory.toFile());
	}

}
