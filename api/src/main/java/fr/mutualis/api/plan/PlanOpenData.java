package fr.mutualis.api.plan;

import static fr.mutualis.api.opendata.OpenDataColumn.date;
import static fr.mutualis.api.opendata.OpenDataColumn.dateTime;
import static fr.mutualis.api.opendata.OpenDataColumn.integer;
import static fr.mutualis.api.opendata.OpenDataColumn.number;
import static fr.mutualis.api.opendata.OpenDataColumn.text;

import fr.mutualis.api.opendata.OpenDataset;
import fr.mutualis.api.opendata.SqlDataset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Published PUBLIC plans and their actions in the open data. Never the pilot (a person's name), never drafts or
 * NETWORK plans (filtered here and by row-level security for visitors).
 */
@Configuration(proxyBeanMethods = false)
class PlanOpenData {

    private static final String PLANS = """
            SELECT p.id::text AS plan_id, au.slug AS collectivite, au.name AS nom_collectivite, p.title AS titre,
                   p.start_year AS annee_debut, p.end_year AS annee_fin, p.label_target AS label_vise,
                   p.published_at AS publie_le, """ + Progress.OF_PLAN + """
             AS avancement,
                   (SELECT count(*) FROM plan_action a WHERE a.tenant_id = p.tenant_id AND a.plan_id = p.id)::integer
                       AS nombre_actions
            FROM action_plan p JOIN authority au ON au.id = p.tenant_id
            WHERE p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC'
            ORDER BY au.slug, p.id""";

    private static final String ACTIONS = """
            SELECT a.plan_id::text AS plan_id, a.id::text AS action_id, a.parent_id::text AS action_parente,
                   a.title AS titre, a.objective AS objectif, a.theme AS theme, a.status AS statut,
                   a.priority AS priorite, a.start_date AS debut, a.due_date AS echeance, a.budget AS budget_euros_ht,
                   a.progress AS avancement, a.adopted_from_action_id::text AS adoptee_de_l_action,
                   a.adopted_from_practice_id::text AS adoptee_de_la_pratique
            FROM plan_action a JOIN action_plan p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
            WHERE p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC'
            ORDER BY a.tenant_id, a.plan_id, a.id""";

    @Bean
    OpenDataset plansDataset(DatabaseClient database) {
        return new SqlDataset("plans", "Plans d'actions Numérique responsable publiés en accès public.", List.of(
                text("plan_id", "Identifiant du plan"),
                text("collectivite", "Identifiant de la collectivité (voir collectivites.csv)"),
                text("nom_collectivite", "Nom de la collectivité"),
                text("titre", "Titre du plan"),
                integer("annee_debut", "Première année du plan"),
                integer("annee_fin", "Dernière année du plan"),
                text("label_vise", "Label visé : NONE, INR_LEVEL_1 ou INR_LEVEL_2 (label Numérique Responsable)"),
                dateTime("publie_le", "Date de publication"),
                integer("avancement", "Avancement moyen des actions, en %"),
                integer("nombre_actions", "Nombre d'actions et de sous-actions")), PLANS, database);
    }

    @Bean
    OpenDataset planActionsDataset(DatabaseClient database) {
        return new SqlDataset("actions", "Actions des plans publiés en accès public (sans le nom du pilote).",
                List.of(text("plan_id", "Plan de l'action (voir plans.csv)"),
                        text("action_id", "Identifiant de l'action"),
                        text("action_parente", "Action dont celle-ci est une sous-action, s'il y a lieu"),
                        text("titre", "Titre de l'action"),
                        text("objectif", "Objectif chiffré ou qualitatif"),
                        text("theme", "Thème (STRATEGY_GOVERNANCE, PROCUREMENT, END_OF_LIFE…)"),
                        text("statut", "PLANNED, IN_PROGRESS, DONE, PAUSED, ABANDONED ou BLOCKED"),
                        text("priorite", "HIGH, MEDIUM ou LOW"),
                        date("debut", "Date de début"),
                        date("echeance", "Échéance"),
                        number("budget_euros_ht", "Budget en euros hors taxes"),
                        integer("avancement", "Avancement déclaré, en %"),
                        text("adoptee_de_l_action", "Action d'une autre collectivité dont celle-ci est reprise"),
                        text("adoptee_de_la_pratique", "Bonne pratique dont celle-ci est reprise")), ACTIONS, database);
    }
}
