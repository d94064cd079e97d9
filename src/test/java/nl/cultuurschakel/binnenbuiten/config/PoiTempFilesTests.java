package nl.cultuurschakel.binnenbuiten.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Apache POI's temporary files go to a directory of this process, so a
 * {@code <tmpdir>/poifiles} left by another user cannot break an export.
 */
@IntegrationTest
class PoiTempFilesTests {

	@Test
	void applicationGivesPoiAPrivateDirectoryAtStartUp() throws IOException {
		Path directory = PoiTempFiles.directory();
		assertThat(directory).isNotNull();
		assertThat(directory.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
		assertThat(directory.getFileName().toString()).isNotEqualTo(DefaultTempFileCreationStrategy.POIFILES);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
		File file = TempFile.createTempFile("probe", ".tmp");
		try {
			assertThat(file.toPath().getParent()).isEqualTo(directory);
		}
		finally {
			Files.delete(file.toPath());
		}
		assertThat(PoiTempFiles.install()).as("installed once").isEqualTo(directory);
	}

	@Test
	void streamedWorkbookIsWrittenWhenTheSharedPoiDirectoryIsUnusable(@TempDir Path tmp) throws IOException {
		// What another user's run leaves behind; a plain file, so that it is unusable for
		// root too.
		Path shared = Files.createFile(tmp.resolve(DefaultTempFileCreationStrategy.POIFILES));
		assertThatException().isThrownBy(
				() -> new DefaultTempFileCreationStrategy(shared.toFile()).createTempFile("poi-sxssf-sheet", ".xml"));

		Path own = PoiTempFiles.createPrivateDirectory(tmp);
		byte[] workbook = TempFile.withStrategy(PoiTempFiles.strategyFor(own), () -> writeWorkbook(own));

		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(499);
		}
		assertThat(Files.isRegularFile(shared)).isTrue();
		assertThat(Files.size(shared)).isZero();
	}

	/**
	 * Writes 500 rows with a window of 10, so rows go to a temporary file; checks that
	 * file lies in {@code expected} while it exists.
	 */
	private static byte[] writeWorkbook(Path expected) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Probe");
			for (int i = 0; i < 500; i++) {
				sheet.createRow(i).createCell(0).setCellValue("row " + i);
			}
			try (Stream<Path> files = Files.list(expected)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.anyMatch((name) -> name.startsWith("poi-sxssf-sheet"));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
