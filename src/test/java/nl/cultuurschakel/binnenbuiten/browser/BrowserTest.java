package nl.cultuurschakel.binnenbuiten.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the running application in Debian's headless Chromium, in Dutch. A
 * test method (or {@code @BeforeEach}) asks for a {@link Browser} parameter and gets a
 * fresh one, closed after the test. Where Chromium or ChromeDriver is missing, the whole
 * class is skipped with one message and no application is started for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserExtension.class)
@IntegrationTest
public @interface BrowserTest {

}
