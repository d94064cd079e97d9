package nl.cultuurschakel.binnenbuiten.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.web.IsoDateFormatters;
import nl.cultuurschakel.binnenbuiten.shared.web.PageRequestGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, English second: the language comes from a cookie that the {@code ?lang=}
 * switch in the header sets. Every paginated list checks its page and size the same way
 * ({@link PageRequestGuard}); dates and months are read as ISO with a four-digit year
 * ({@link IsoDateFormatters}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("binnenbuiten-lang");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	private final int maxPageSize;

	WebConfiguration(@Value("${spring.data.web.pageable.max-page-size}") int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PageRequestGuard(this.maxPageSize));
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		IsoDateFormatters.register(registry);
	}

	@Bean
	Clock clock() {
		return Clock.system(DenHaag.ZONE);
	}

}
