package fr.mutualis.portal.shared.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriBuilder;

/**
 * The address of an api resource: a path template whose variables and query values are
 * encoded when the request is built, so that what a user typed (a search, a slug) can never
 * change the path. {@code toString()} is the template, for the logs.
 * <pre>
 * ApiPath.of("/api/v1/authorities/{slug}/members", slug).query("cursor", cursor)
 * </pre>
 */
public final class ApiPath {

	private final String template;

	private final List<Object> pathValues;

	private final Map<String, String> query = new LinkedHashMap<>();

	private ApiPath(String template, List<Object> pathValues) {
		this.template = template;
		this.pathValues = pathValues;
	}

	/** A path whose {@code {variables}} take the given values, in order. */
	public static ApiPath of(String template, Object... pathValues) {
		return new ApiPath(template, List.of(pathValues));
	}

	/** Adds a query parameter, unless its value is null or blank. */
	public ApiPath query(String name, @Nullable Object value) {
		if (value != null && StringUtils.hasText(value.toString())) {
			this.query.put(name, value.toString());
		}
		return this;
	}

	URI build(UriBuilder builder) {
		builder.path(this.template);
		List<Object> values = new ArrayList<>(this.pathValues);
		int index = 0;
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			builder.queryParam(parameter.getKey(), "{query" + index++ + "}");
			values.add(parameter.getValue());
		}
		return builder.build(values.toArray());
	}

	@Override
	public String toString() {
		return this.template;
	}

}
