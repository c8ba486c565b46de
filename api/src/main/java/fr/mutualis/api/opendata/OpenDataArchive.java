package fr.mutualis.api.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the open-data ZIP, entry by entry, row by row: a CSV (RFC 4180, UTF-8, comma) and a JSON array per dataset,
 * {@code datapackage.json} describing every column, and a French {@code LISEZMOI.txt} with the licence. Nothing is held
 * whole in memory. Blocking: called on a worker thread.
 */
final class OpenDataArchive implements AutoCloseable {

    static final String LICENCE_NAME = "etalab-2.0";
    static final String LICENCE_TITLE = "Licence Ouverte / Open Licence version 2.0";
    static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private final ZipOutputStream zip;
    private final JsonMapper json;

    OpenDataArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.json = json;
    }

    void csv(OpenDataset dataset, Iterable<List<Object>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(dataset.name() + ".csv"));
        Writer writer = new OutputStreamWriter(new Unclosable(zip), StandardCharsets.UTF_8);
        writer.write(String.join(",", dataset.columns().stream().map(OpenDataColumn::name).toList()));
        writer.write("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                writer.write((i > 0 ? "," : "") + csvValue(row.get(i)));
            }
            writer.write("\r\n");
        }
        writer.flush();
        zip.closeEntry();
    }

    void json(OpenDataset dataset, Iterable<List<Object>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(dataset.name() + ".json"));
        try (JsonGenerator generator = json.createGenerator(new Unclosable(zip))) {
            generator.writeStartArray();
            List<OpenDataColumn> columns = dataset.columns();
            for (List<Object> row : rows) {
                generator.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    generator.writeName(columns.get(i).name());
                    generator.writePOJO(row.get(i));
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        zip.closeEntry();
    }

    void describe(List<OpenDataset> datasets, Instant generatedAt) throws IOException {
        zip.putNextEntry(new ZipEntry("datapackage.json"));
        try (JsonGenerator generator = json.createGenerator(new Unclosable(zip))) {
            generator.writeStartObject();
            generator.writeStringProperty("name", "mutualis-open-data");
            generator.writeStringProperty("title", "Mutualis : données ouvertes du numérique responsable");
            generator.writeStringProperty("created", generatedAt.toString());
            generator.writeArrayPropertyStart("licenses");
            generator.writeStartObject();
            generator.writeStringProperty("name", LICENCE_NAME);
            generator.writeStringProperty("title", LICENCE_TITLE);
            generator.writeStringProperty("path", LICENCE_URL);
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeArrayPropertyStart("resources");
            for (OpenDataset dataset : datasets) {
                resource(generator, dataset, "csv");
                resource(generator, dataset, "json");
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        zip.closeEntry();
    }

    void readme(Instant generatedAt) throws IOException {
        zip.putNextEntry(new ZipEntry("LISEZMOI.txt"));
        zip.write(("""
                Données ouvertes de Mutualis, générées le %s.

                Contenu : pour chaque jeu de données, un fichier CSV (UTF-8, séparateur virgule) et le même contenu en
                JSON. Le fichier datapackage.json décrit chaque colonne (format Frictionless Data Package).

                Ces fichiers ne contiennent que des contenus publiés par les collectivités et des statistiques agrégées :
                aucune valeur déclarée confidentielle, aucun groupe de moins de 3 collectivités.

                Licence : %s (%s). Vous pouvez réutiliser ces données librement, y compris à des fins commerciales,
                en mentionnant leur source (« Mutualis ») et la date de leur dernière mise à jour.
                """.formatted(generatedAt, LICENCE_TITLE, LICENCE_URL)).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void resource(JsonGenerator generator, OpenDataset dataset, String format) {
        generator.writeStartObject();
        generator.writeStringProperty("name", dataset.name() + "-" + format);
        generator.writeStringProperty("path", dataset.name() + "." + format);
        generator.writeStringProperty("format", format);
        generator.writeStringProperty("description", dataset.description());
        generator.writeObjectPropertyStart("schema");
        generator.writeArrayPropertyStart("fields");
        for (OpenDataColumn column : dataset.columns()) {
            generator.writeStartObject();
            generator.writeStringProperty("name", column.name());
            generator.writeStringProperty("type", column.type());
            generator.writeStringProperty("description", column.description());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeEndObject();
    }

    static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Lets a writer or generator be closed without closing the ZIP under it. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
