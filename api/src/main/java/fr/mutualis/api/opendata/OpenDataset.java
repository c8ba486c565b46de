package fr.mutualis.api.opendata;

import java.util.List;
import reactor.core.publisher.Flux;

/**
 * One file of the open-data export, contributed by a feature. Its rows are read in a transaction without a tenant and
 * without operator rights, so row-level security shows only what is public; the query itself must also leave out
 * anything confidential and any group under the publication thresholds.
 */
public interface OpenDataset {

    /** The file name without extension, e.g. {@code plans}; also the resource name in datapackage.json. */
    String name();

    /** What the file holds, in French, for the data package. */
    String description();

    List<OpenDataColumn> columns();

    /** The rows, each with one value per column in the order of {@link #columns()} ({@code null} when absent). */
    Flux<List<Object>> rows();
}
