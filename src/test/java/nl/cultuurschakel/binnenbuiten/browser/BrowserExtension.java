package nl.cultuurschakel.binnenbuiten.browser;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Skips browser tests where Chromium is not installed, and hands each test a fresh
 * {@link Browser} on the application's port, closed when the test ends.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver {

	static final String NOT_INSTALLED = "Browser tests skipped: " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
			+ " are needed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";

	private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);

	/**
	 * The message is written once per run, however many browser test classes there are.
	 */
	private static final AtomicBoolean warned = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		if (warned.compareAndSet(false, true)) {
			log.warn(NOT_INSTALLED);
		}
		return ConditionEvaluationResult.disabled(NOT_INSTALLED);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		// One browser per test, shared by @BeforeEach and the test method; the test's
		// store closes it after @AfterEach.
		return context.getStore(ExtensionContext.Namespace.create(BrowserExtension.class))
			.computeIfAbsent(Browser.class, (key) -> Browser.start(port(context)), Browser.class);
	}

	private static int port(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return Integer.parseInt(port);
	}

}
