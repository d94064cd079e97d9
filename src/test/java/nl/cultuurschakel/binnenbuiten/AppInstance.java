package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.net.URI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One more instance of the whole application, on a random port, as it runs in production
 * behind a load balancer: its own context, on the {@link SeparateDatabase} (Flyway
 * migrates it on the first start), without demo data. Drive it over real HTTP
 * ({@link HttpVisitor}). Starting one costs some seconds: share where you can
 * ({@link SeparateDatabase#sharedInstance()}).
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public static AppInstance start(SeparateDatabase database) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BinnenBuitenApplication.class)
			.initializers((app) -> app.getBeanFactory().registerSingleton(TestTypes.class.getName(), new TestTypes()))
			// Arguments, as in production: they win over application.properties.
			.run("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=postgres", "--binnenbuiten.embedded-database.enabled=false",
					"--binnenbuiten.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
					// plain http in tests: a Secure cookie would never be sent back
					"--server.servlet.session.cookie.secure=false",
					"--binnenbuiten.map.tile-url=" + IntegrationTest.OFFLINE_TILES, "--spring.main.banner-mode=off");
		return new AppInstance(context);
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public boolean isRunning() {
		return this.context.isActive();
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Keeps the test fixtures and test configurations (which the application's component
	 * scan finds on the test class path) out of the instance, as Spring Boot's test
	 * support does for {@code @SpringBootTest}.
	 */
	static final class TestTypes extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			AnnotationMetadata metadata = reader.getAnnotationMetadata();
			if (metadata.isAnnotated(TestComponent.class.getName())
					|| metadata.isAnnotated(TestConfiguration.class.getName())) {
				return true;
			}
			String enclosing = reader.getClassMetadata().getEnclosingClassName();
			return enclosing != null && match(factory.getMetadataReader(enclosing), factory);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestTypes;
		}

		@Override
		public int hashCode() {
			return TestTypes.class.hashCode();
		}

	}

}
