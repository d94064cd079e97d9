package nl.cultuurschakel.binnenbuiten;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each test thread sends, so tests can bound the number of
 * queries a page needs ({@link #reset()}, then {@link #statements()}), and keeps their
 * SQL ({@link #sent()}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

	private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.countQuery()
						.afterQuery(
								(execution, queries) -> queries.forEach((query) -> SENT.get().add(query.getQuery())))
						.build();
				}
				return bean;
			}

		};
	}

	public static void reset() {
		QueryCountHolder.clear();
		SENT.get().clear();
	}

	/**
	 * The SQL of the statements this thread sent since {@link #reset()}, as sent (with
	 * {@code ?} for parameters).
	 */
	public static List<String> sent() {
		return List.copyOf(SENT.get());
	}

	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
