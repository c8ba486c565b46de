package fr.mutualis.api.shared.web;

import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.jspecify.annotations.Nullable;

/** Typed bind values that may be null, for SQL written as SQL. */
public final class SqlParameters {

    private SqlParameters() {
    }

    public static Parameter text(@Nullable String value) {
        return value == null ? Parameters.in(R2dbcType.VARCHAR) : Parameters.in(R2dbcType.VARCHAR, value);
    }

    public static Parameter integer(@Nullable Integer value) {
        return value == null ? Parameters.in(R2dbcType.INTEGER) : Parameters.in(R2dbcType.INTEGER, value);
    }

    public static Parameter bigint(@Nullable Long value) {
        return value == null ? Parameters.in(R2dbcType.BIGINT) : Parameters.in(R2dbcType.BIGINT, value);
    }

    public static Parameter textArray(String[] values) {
        return Parameters.in(values);
    }
}
