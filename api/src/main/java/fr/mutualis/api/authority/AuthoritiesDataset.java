package fr.mutualis.api.authority;

import fr.mutualis.api.opendata.OpenDataColumn;
import fr.mutualis.api.opendata.OpenDataset;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The registry of member authorities in the open data: public identity only (SIREN and INSEE codes are public
 * registers; population is INSEE's), never e-mail domains, members or agent counts.
 */
@Component
class AuthoritiesDataset implements OpenDataset {

    private final AuthorityRows rows;

    AuthoritiesDataset(AuthorityRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "collectivites";
    }

    @Override
    public String description() {
        return "Collectivités membres de Mutualis : identité publique (SIREN, code INSEE, population, territoire).";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(
                OpenDataColumn.text("slug", "Identifiant de la collectivité dans Mutualis (adresse de ses pages)"),
                OpenDataColumn.text("nom", "Nom de la collectivité"),
                OpenDataColumn.text("type", "REGION, DEPARTEMENT, EPCI, COMMUNE ou SYNDICAT"),
                OpenDataColumn.text("siren", "Numéro SIREN (9 chiffres)"),
                OpenDataColumn.text("code_insee", "Code officiel géographique INSEE, s'il y a lieu"),
                OpenDataColumn.integer("population", "Population municipale ou totale déclarée"),
                OpenDataColumn.text("code_region", "Code INSEE de la région"),
                OpenDataColumn.text("code_departement", "Code INSEE du département"),
                OpenDataColumn.text("parent", "Identifiant de la collectivité de rattachement (EPCI, département…)"));
    }

    @Override
    public Flux<List<Object>> rows() {
        return rows.all().map(authority -> Arrays.asList(authority.slug(), authority.name(), authority.kind().name(),
                authority.siren(), authority.inseeCode(), authority.population(), authority.regionCode(),
                authority.departmentCode(), authority.parent()));
    }
}
