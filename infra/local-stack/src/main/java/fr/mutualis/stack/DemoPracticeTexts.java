package fr.mutualis.stack;

import fr.mutualis.stack.DemoPractices.DemoPractice;
import java.util.List;

/**
 * The texts of the demo best practices, written for Mutualis (not copied) from the founding case of the Région
 * Bretagne and the law summarised in {@code shared/design/domain.md}. Figures are orders of magnitude for the demo, or
 * come with their source.
 */
public final class DemoPracticeTexts {

    static final String PRINTING = "Passer à une imprimante partagée pour 25 agents";
    static final String WORKSHOPS = "Ouvrir des ateliers numériques dans les médiathèques";
    static final String REUSE = "Confier les postes réformés à une association de réemploi";

    private static final String BRETAGNE = "region-bretagne";
    private static final String RENNES = "rennes-metropole";

    static final List<DemoPractice> ALL = List.of(
            practice("editor.bretagne", BRETAGNE, PRINTING,
                    "Nous avons retiré les imprimantes individuelles au profit de multifonctions partagées, avec "
                            + "impression sécurisée par badge et recto verso par défaut.",
                    """
                    ## Ce que nous avons fait

                    - un inventaire des imprimantes, bureau par bureau ;
                    - une multifonction partagée par plateau, à moins d'une minute de marche ;
                    - l'**impression sécurisée** : le document ne sort que lorsque l'agent badge ;
                    - le **recto verso** et le noir et blanc par défaut.

                    ## Ce qu'il faut prévoir

                    Une exception pour les postes qui manipulent des documents confidentiels, et une communication
                    claire : les agents craignent surtout de perdre du temps. Les travaux non récupérés sont effacés
                    au bout de 24 heures, ce qui supprime une bonne part des impressions oubliées.

                    ## Suivre

                    Le nombre d'agents par imprimante et les pages imprimées par agent, chaque trimestre.
                    """,
                    "EQUIPMENT_REDUCTION", List.of("impression", "imprimantes", "sobriété"), "MEDIUM", "LOW", "HIGH",
                    List.of("AGENTS_PER_PRINTER", "PAGES_PER_AGENT"), "PUBLIC"),
            practice("editor.bretagne", BRETAGNE, "Revoir l'achat des téléphones mobiles professionnels",
                    "Un mobile professionnel n'est plus attribué d'office : il est prêté selon le besoin, "
                            + "reconditionné quand c'est possible, et gardé plus longtemps.",
                    """
                    ## Le constat

                    La fabrication d'un smartphone pèse environ **84 kgCO2e** (Base Empreinte, via Boavizta) pour une
                    durée de vie moyenne de deux ans et demi : l'essentiel de son empreinte est déjà là le jour de
                    l'achat.

                    ## Les mesures

                    1. des critères d'attribution écrits (astreinte, travail en extérieur) plutôt qu'une dotation par
                       grade ;
                    2. des appareils reconditionnés dans le marché, avec une garantie équivalente au neuf ;
                    3. une durée de renouvellement allongée, et une batterie changée plutôt qu'un appareil ;
                    4. le double usage (personnel et professionnel) proposé aux agents qui le souhaitent.
                    """,
                    "PROCUREMENT", List.of("mobiles", "achats", "reconditionnement"), "MEDIUM", "LOW", "HIGH",
                    List.of("REUSE_PURCHASE_SHARE", "EQ_PER_AGENT"), "PUBLIC"),
            practice("editor.bretagne", BRETAGNE, REUSE,
                    "Les ordinateurs et écrans réformés partent vers une association locale de réemploi, sous "
                            + "convention de cession, après un effacement certifié des données.",
                    """
                    ## Pourquoi

                    Le décret n° 2023-266 demande d'orienter vers le réemploi une part croissante des équipements
                    réformés : 25 % en 2023, 35 % en 2024, **50 % à partir de 2025**.

                    ## Comment

                    - une **convention de cession** type, validée une fois par l'assemblée ;
                    - un effacement des données certifié, avec un certificat par lot ;
                    - un partenaire de l'économie sociale et solidaire du territoire, qui reconditionne et revend à
                      petit prix ou donne à des familles.

                    ## À surveiller

                    Les équipements de plus de dix ans et ceux qui ont contenu des données classifiées sont exclus du
                    calcul : les tenir à part dans l'inventaire évite les mauvaises surprises au moment du bilan.
                    """,
                    "END_OF_LIFE", List.of("réemploi", "convention de cession", "ESS"), "MEDIUM", "LOW", "HIGH",
                    List.of("RETIRED_REUSE_RATE", "LOCAL_REFURB_SHARE"), "PUBLIC"),
            practice("editor.bretagne", BRETAGNE,
                    "Distinguer les services vitaux des services qui tolèrent du matériel ancien",
                    "Tous les services n'ont pas besoin d'un poste neuf : nous classons les usages pour donner une "
                            + "seconde vie au matériel en interne.",
                    """
                    Nous avons classé les services en deux familles :

                    - **services vitaux** (sécurité, paie, accueil du public) : matériel récent et garanti ;
                    - **autres usages** (bureautique simple, salles de formation, bornes d'information) : matériel
                      redéployé, reconditionné en interne.

                    Un poste qui quitte un service vital est proposé d'abord en redéploiement interne, puis au
                    réemploi externe. La durée de vie moyenne des postes s'allonge sans dégrader les services
                    critiques.
                    """,
                    "EQUIPMENT_REDUCTION", List.of("redéploiement", "durée de vie"), "LOW", "LOW", "MEDIUM",
                    List.of("LIFESPAN_RETIRED"), "NETWORK"),
            practice("editor.bretagne", BRETAGNE, "Rejoindre le collège des collectivités de l'INR",
                    "Participer au collège des collectivités de l'Institut du Numérique Responsable pour partager "
                            + "méthodes et retours d'expérience, et préparer le label.",
                    """
                    Le label Numérique Responsable se prépare mieux à plusieurs. Le collège des collectivités permet :

                    - d'échanger sur les plans d'actions et les indicateurs ;
                    - de comparer les démarches avant l'évaluation (niveau 1 au-dessus de 300 points sur 1 000,
                      niveau 2 à partir de 500) ;
                    - de mutualiser des supports de formation.

                    Nous y consacrons une demi-journée par mois, partagée entre la DSI et la direction du
                    développement durable.
                    """,
                    "STRATEGY_GOVERNANCE", List.of("label", "gouvernance"), "LOW", "LOW", "MEDIUM", List.of(),
                    "NETWORK"),
            practice("editor.bretagne", BRETAGNE, "Mesurer les connaissances des agents par un questionnaire régulier",
                    "Un questionnaire court, anonyme et répété chaque année, pour savoir où en sont les agents et "
                            + "adapter la formation.",
                    """
                    - une vingtaine de questions, dix minutes au plus ;
                    - des thèmes fixes (achats, usages, fin de vie, accessibilité) pour suivre les progrès ;
                    - des résultats publiés par thème, jamais par personne, et seulement au-delà de cinq réponses ;
                    - un lien vers le module Numérique responsable de PIX pour aller plus loin.
                    """,
                    "TRAINING_AWARENESS", List.of("questionnaire", "formation", "PIX"), "LOW", "LOW", "MEDIUM",
                    List.of("AGENTS_TRAINED", "PIX_NR_COMPLETED"), "NETWORK"),
            practice("editor.bretagne", BRETAGNE, "Former les élus au numérique responsable",
                    "Une session de deux heures en début de mandat, puis une courte mise à jour chaque année, pour "
                            + "que les élus portent la stratégie.",
                    """
                    La stratégie numérique responsable est adoptée par l'assemblée : les élus doivent en comprendre
                    les enjeux. La session couvre l'empreinte de la fabrication des équipements, les obligations des
                    lois REEN et AGEC, et les leviers propres à une collectivité (achats, réemploi, services en
                    ligne sobres). Elle se termine par le choix de deux ou trois engagements concrets.
                    """,
                    "TRAINING_AWARENESS", List.of("élus", "formation"), "LOW", "LOW", "MEDIUM",
                    List.of("ELECTED_TRAINED"), "NETWORK"),
            practice("editor.rennes", RENNES, "Écoconcevoir les démarches en ligne avec le RGESN",
                    "Chaque nouveau service en ligne passe une revue d'écoconception fondée sur le référentiel "
                            + "général (RGESN) avant sa mise en production.",
                    """
                    ## La revue

                    Le RGESN compte **78 critères en 9 familles** (stratégie, spécifications, architecture,
                    UX/UI, contenus, front-end, back-end, hébergement, algorithmes). Nous retenons les critères
                    applicables au service et les vérifions à trois moments : cadrage, maquettes, recette.

                    ## Ce qui change le plus

                    - des pages plus légères (images compressées, pas de vidéo en lecture automatique) ;
                    - moins d'étapes pour l'usager ;
                    - des services qui fonctionnent sur des téléphones anciens et avec une connexion lente.
                    """,
                    "ECO_DESIGN", List.of("RGESN", "écoconception", "services en ligne"), "HIGH", "MEDIUM", "HIGH",
                    List.of("RGESN_SCORE"), "PUBLIC"),
            practice("editor.rennes", RENNES, "Consolider les serveurs et mesurer le PUE de la salle",
                    "Virtualiser, éteindre les serveurs inutilisés et suivre l'efficacité énergétique de la salle "
                            + "informatique chaque mois.",
                    """
                    1. inventaire des serveurs et de leurs usages réels ;
                    2. virtualisation et arrêt des machines sans usage depuis trois mois ;
                    3. relèvement de la consigne de température de la salle, dans les limites du constructeur ;
                    4. mesure mensuelle du **PUE** (énergie totale de la salle divisée par l'énergie des
                       équipements informatiques) et de la consommation électrique.

                    La fabrication d'un serveur pèse environ 3 660 kgCO2e (Boavizta) : en garder moins, et plus
                    longtemps, compte autant que l'électricité.
                    """,
                    "DATA_CENTRES_HOSTING", List.of("serveurs", "centre de données", "énergie"), "HIGH", "MEDIUM",
                    "HIGH", List.of("DC_PUE", "DC_ENERGY"), "NETWORK"),
            practice("editor.rennes", RENNES, "Mutualiser l'hébergement avec les communes de la métropole",
                    "Plutôt que des salles serveurs dans chaque mairie, un hébergement commun, géré par la "
                            + "métropole, pour les communes qui le souhaitent.",
                    """
                    Les petites salles informatiques sont rarement efficaces. Une convention de service fixe ce que
                    la métropole héberge (applications métier, sauvegardes), les niveaux de service et la
                    refacturation. Les communes gardent la maîtrise de leurs données ; la métropole assure
                    l'exploitation, la sécurité et le suivi énergétique de la salle.
                    """,
                    "DATA_CENTRES_HOSTING", List.of("mutualisation", "hébergement"), "HIGH", "HIGH", "MEDIUM",
                    List.of("DC_ENERGY"), "NETWORK"),
            practice("editor.rennes", RENNES, WORKSHOPS,
                    "Des conseillers numériques accueillent les habitants dans les médiathèques pour les aider dans "
                            + "leurs démarches en ligne.",
                    """
                    - des permanences sans rendez-vous, deux fois par semaine ;
                    - des ateliers en petits groupes : messagerie, démarches administratives, sécurité ;
                    - des ordinateurs reconditionnés, issus du parc de la collectivité, en libre accès ;
                    - un suivi du nombre de personnes accompagnées, rapporté à la population.

                    Les médiathèques sont des lieux connus et sans jugement : c'est ce qui fait venir les personnes
                    les plus éloignées du numérique.
                    """,
                    "DIGITAL_INCLUSION", List.of("médiation numérique", "inclusion", "médiathèques"), "MEDIUM",
                    "MEDIUM", "HIGH", List.of("INCLUSION_SUPPORT"), "PUBLIC"),
            practice("editor.rennes", RENNES, "Inscrire une part de réemploi dans les marchés informatiques",
                    "Nos marchés de postes de travail prévoient un lot d'équipements reconditionnés et mesurent la "
                            + "part de la dépense qui en vient.",
                    """
                    La loi AGEC (article 58) fixe une part des achats publics issue du réemploi ou contenant des
                    matières recyclées ; pour les équipements informatiques, l'ancien décret la fixait à 20 %. Les
                    taux par catégorie sont à lire dans l'annexe du décret n° 2024-134.

                    Concrètement :

                    - un lot dédié au reconditionné, ouvert aux structures de l'économie sociale et solidaire ;
                    - des exigences de réparabilité et de disponibilité des pièces ;
                    - un suivi annuel des montants hors taxes, par catégorie, pour le bilan.
                    """,
                    "PROCUREMENT", List.of("achats", "AGEC", "reconditionnement"), "MEDIUM", "LOW", "HIGH",
                    List.of("REUSE_PURCHASE_SHARE", "RECYCLED_PURCHASE_SHARE"), "PUBLIC"),
            practice("editor.rennes", RENNES, "Calculer l'empreinte de fabrication du parc",
                    "Un inventaire du parc multiplié par des facteurs d'émission publiés donne un ordre de grandeur "
                            + "de l'empreinte de fabrication, à suivre d'année en année.",
                    """
                    Pour chaque type d'équipement : le nombre d'appareils, un facteur d'émission de fabrication et
                    une durée de vie. Par exemple, un ordinateur portable pèse environ 181 kgCO2e pour quatre à cinq
                    ans d'usage, un écran 64,7 kgCO2e pour six ans (Base Empreinte via Boavizta).

                    L'empreinte amortie par an et par agent permet de comparer les années et de voir l'effet de
                    l'allongement de la durée de vie. Citez toujours la source de chaque facteur.
                    """,
                    "MEASUREMENT", List.of("empreinte carbone", "inventaire"), "MEDIUM", "LOW", "MEDIUM",
                    List.of("EMBODIED_CO2_PER_AGENT", "EQ_PER_AGENT"), "NETWORK"),
            practice("operator", "ville-de-quimper", "Nommer un référent numérique responsable par direction",
                    "Un agent par direction relaie la démarche, remonte les besoins et suit deux ou trois actions du "
                            + "plan.",
                    """
                    Le référent n'est pas un expert : il connaît son service. Il dispose d'une heure par mois pour
                    la démarche, participe à une réunion trimestrielle avec la DSI et rend compte de l'avancement
                    des actions qui concernent sa direction.
                    """,
                    "STRATEGY_GOVERNANCE", List.of("gouvernance", "référents"), "LOW", "LOW", "MEDIUM", List.of(),
                    "NETWORK"),
            practice("operator", "brest-metropole", "Limiter les données collectées dans les formulaires en ligne",
                    "Chaque champ d'un formulaire doit servir à la démarche : nous avons revu les formulaires pour "
                            + "ne garder que les données nécessaires.",
                    """
                    - une revue de chaque formulaire avec le délégué à la protection des données ;
                    - la suppression des champs « au cas où » ;
                    - des durées de conservation écrites et appliquées automatiquement.

                    Moins de données, c'est moins de stockage, moins de risques pour les usagers et des démarches
                    plus rapides à remplir.
                    """,
                    "DATA_ETHICS", List.of("données personnelles", "RGPD", "sobriété"), "LOW", "LOW", "MEDIUM",
                    List.of(), "PUBLIC"),
            practice("operator", "departement-finistere", "Éteindre les postes et les écrans la nuit",
                    "Une extinction programmée des postes à 20 heures, avec un réveil possible pour les mises à "
                            + "jour, et des écrans réglés en veille rapide.",
                    """
                    Les postes allumés la nuit et le week-end consomment pour rien. Une stratégie de gestion de
                    l'énergie appliquée à tout le parc, des mises à jour planifiées en début de matinée et une
                    information aux agents suffisent. Exceptions : les postes de supervision et ceux des services
                    de permanence.
                    """,
                    "USAGE", List.of("énergie", "postes de travail"), "LOW", "LOW", "MEDIUM", List.of(), "NETWORK"));

    private DemoPracticeTexts() {
    }

    /** Each demo practice's summary and body, as the library's search excerpts them (for the api's tests). */
    public static List<String> searchedTexts() {
        return ALL.stream().map(practice -> practice.summary() + "\n" + practice.body()).toList();
    }

    private static DemoPractice practice(String author, String authority, String title, String summary, String body,
            String theme, List<String> tags, String effort, String cost, String impact, List<String> indicators,
            String visibility) {
        return new DemoPractice(author, authority, title, summary, body.strip(), theme, tags, effort, cost, impact,
                indicators, visibility);
    }
}
