package fr.mutualis.stack;

import java.util.List;

/**
 * The demo question bank: sustainable-IT knowledge for agents and elected officials, written from the facts of
 * {@code shared/design/domain.md}, each question with the explanation shown after answering, a theme and a source.
 */
final class DemoQuestionnaireContent {

    static final String TITLE = "Numérique responsable : les bases pour les agents et les élus";
    static final String DESCRIPTION = "La loi REEN, le réemploi, les achats, l'empreinte du matériel, l'impression, "
            + "l'écoconception et l'inclusion numérique, en 18 questions.";

    record Choice(String label, boolean correct) {
    }

    record Question(String kind, String theme, String text, String explanation, String source, List<Choice> choices) {
    }

    private static final String LAW = "Cadre légal";
    private static final String REUSE = "Réemploi et fin de vie";
    private static final String PURCHASE = "Achats responsables";
    private static final String FOOTPRINT = "Empreinte du matériel";
    private static final String PRINTING = "Impression";
    private static final String ECODESIGN = "Écoconception";
    private static final String INCLUSION = "Inclusion numérique";
    private static final String REEN = "Loi n° 2021-1485 du 15 novembre 2021 (REEN), art. 35 ; décret n° 2022-1084 "
            + "(CGCT, art. D. 2311-15-1)";
    private static final String DECREE_2023_266 = "Décret n° 2023-266 du 12 avril 2023 (loi REEN, art. 16)";
    private static final String FACTORS = "Base Empreinte de l'ADEME via Boavizta (facteurs de fabrication)";
    private static final String BRETAGNE = "Plan d'actions Numérique responsable de la Région Bretagne (mars 2021)";

    static final List<Question> QUESTIONS = List.of(
            single(LAW, "Quelles collectivités doivent adopter une stratégie numérique responsable selon la loi REEN ?",
                    "Les communes et les EPCI à fiscalité propre de plus de 50 000 habitants adoptent un programme de "
                            + "travail (au 1er janvier 2023) puis une stratégie numérique responsable (au 1er janvier "
                            + "2025), avec des objectifs de réduction, des indicateurs de suivi, des mesures et des moyens.",
                    REEN, 1, "Toutes les communes, quelle que soit leur taille", "Les communes et EPCI à fiscalité propre de "
                            + "plus de 50 000 habitants", "Seulement les régions", "Aucune : c'est facultatif"),
            single(LAW, "Où la collectivité présente-t-elle chaque année le bilan de sa stratégie numérique responsable ?",
                    "Le bilan annuel de la stratégie s'intègre au rapport sur la situation en matière de développement "
                            + "durable, présenté avant le débat budgétaire.",
                    REEN, 0, "Dans le rapport sur la situation en matière de développement durable",
                    "Dans le rapport d'activité des services informatiques", "Dans le bulletin municipal",
                    "Nulle part : aucun bilan n'est prévu"),
            multiple(LAW, "Parmi ces sujets, lesquels font partie des thèmes qu'une stratégie numérique responsable peut "
                            + "couvrir selon le décret ?",
                    "Le décret cite six thèmes : achats publics durables (réemploi, réparation, lutte contre "
                            + "l'obsolescence), gestion du cycle de vie du matériel, écoconception des sites et services, "
                            + "sensibilisation des agents et des élus (numérique responsable et sécurité informatique), "
                            + "inclusion numérique des habitants, territoire connecté durable et données ouvertes.",
                    REEN, List.of(right("La gestion du cycle de vie du matériel informatique"),
                            right("L'inclusion numérique des habitants"),
                            right("La sensibilisation des agents et des élus"),
                            wrong("Le choix de la marque des téléphones des élus"))),
            single(REUSE, "À partir de 2025, quelle part de son matériel informatique réformé un organisme public doit-il "
                            + "orienter vers le réemploi ?",
                    "Le décret fixe 25 % en 2023, 35 % en 2024 et 50 % à partir de 2025. Le taux se calcule ainsi : "
                            + "unités envoyées au réemploi pendant l'année, divisées par les unités réformées en stock au "
                            + "1er janvier.",
                    DECREE_2023_266, 2, "25 %", "35 %", "50 %", "100 %"),
            multiple(REUSE, "Quels équipements sont exclus du calcul de ce taux de réemploi ?",
                    "Les équipements de plus de 10 ans et ceux qui ont contenu des données classifiées sont exclus. Les "
                            + "écrans de plus de 100 cm² et les petits équipements informatiques et de télécommunication "
                            + "sont, eux, concernés.",
                    DECREE_2023_266, List.of(right("Les équipements de plus de 10 ans"),
                            right("Les équipements qui ont contenu des données classifiées"),
                            wrong("Les ordinateurs portables"), wrong("Les écrans de plus de 100 cm²"))),
            single(REUSE, "Avant de donner un ordinateur à une association de réemploi, que faut-il faire ?",
                    "Les dons de matériel public se font aux agents ou à des associations, par une convention de cession. "
                            + "Les données doivent être effacées avant, par un effacement sûr dont on garde la preuve "
                            + "(certificat d'effacement).",
                    "Code général de la propriété des personnes publiques, art. L. 3212-2 (cessions gratuites)",
                    2, "Supprimer les fichiers du bureau", "Rien : l'association s'en charge",
                    "Effacer les données de façon sûre et en garder la preuve", "Retirer le clavier"),
            multiple(REUSE, "Quelles voies prolongent la vie d'un matériel qui ne sert plus dans un service ?",
                    "Donner à une association de réemploi, redéployer en interne vers un usage moins exigeant et acheter "
                            + "du matériel reconditionné prolongent la vie des équipements. Le recyclage ne vient qu'en "
                            + "dernier recours.",
                    BRETAGNE, List.of(right("Le don à une association de réemploi"),
                            right("Le redéploiement interne vers un service moins exigeant"),
                            wrong("Le recyclage immédiat"), wrong("Le stockage dans une réserve"))),
            single(PURCHASE, "Selon la loi AGEC, que doit contenir une part des achats de matériel informatique des "
                            + "collectivités ?",
                    "L'article 58 de la loi AGEC impose qu'une part de la dépense annuelle d'achat (hors taxes) provienne "
                            + "du réemploi ou de la réutilisation, ou intègre des matières recyclées. Le premier décret "
                            + "fixait 20 % pour l'informatique et la téléphonie ; le décret n° 2024-134 le remplace depuis "
                            + "le 1er juillet 2024, avec des paliers en 2024, 2027 et 2030.",
                    "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58 ; décrets n° 2021-254 et n° 2024-134",
                    0, "Du matériel issu du réemploi ou intégrant des matières recyclées", "Du matériel fabriqué en France",
                    "Du matériel acheté à une entreprise locale", "Du matériel garanti 10 ans"),
            single(FOOTPRINT, "La fabrication d'un ordinateur portable émet environ 181 kg CO2e. Combien de kWh "
                            + "d'électricité française émettent autant ?",
                    "Avec 0,0461 kg CO2e par kWh, 181 kg CO2e correspondent à près de 4 000 kWh, bien plus que "
                            + "l'électricité consommée par un portable pendant toute sa vie. En France, l'essentiel de "
                            + "l'empreinte vient donc de la fabrication.",
                    FACTORS + " ; ADEME Base Empreinte, électricité France 0,0461 kg CO2e/kWh (2025)",
                    2, "Environ 40 kWh", "Environ 400 kWh", "Environ 4 000 kWh", "Environ 40 000 kWh"),
            single(FOOTPRINT, "Quel geste réduit le plus l'empreinte carbone du parc informatique d'une collectivité ?",
                    "Puisque la fabrication pèse le plus, garder plus longtemps chaque équipement (réparation, "
                            + "reconditionnement, redéploiement) réduit le plus l'empreinte annuelle du parc.",
                    FACTORS, 1, "Éteindre les écrans le soir", "Allonger la durée d'usage des équipements",
                    "Vider régulièrement sa boîte aux lettres électronique", "Baisser la luminosité des écrans"),
            single(FOOTPRINT, "Lequel de ces équipements a la plus forte empreinte de fabrication ?",
                    "Un serveur pèse environ 3 660 kg CO2e, un ordinateur fixe sans écran 277, un smartphone 84, un "
                            + "écran 64,7. Mutualiser les serveurs et les salles informatiques compte beaucoup.",
                    FACTORS, 3, "Un écran", "Un smartphone", "Un ordinateur fixe sans écran", "Un serveur"),
            single(FOOTPRINT, "Un ordinateur fixe (277 kg CO2e à la fabrication) sert 6 ans. Quelle est son empreinte de "
                            + "fabrication par année d'usage ?",
                    "277 / 6 ≈ 46 kg CO2e par an. Gardé 8 ans, il descend à environ 35 kg CO2e par an : c'est ce que "
                            + "mesure l'indicateur d'empreinte de fabrication amortie par agent.",
                    FACTORS, 1, "Environ 4,6 kg CO2e", "Environ 46 kg CO2e", "Environ 277 kg CO2e", "Environ 1 660 kg CO2e"),
            single(PRINTING, "Laquelle de ces mesures réduit le plus le nombre d'imprimantes et de pages imprimées ?",
                    "Des imprimantes partagées, avec une impression lancée au moment où l'agent est devant la machine, "
                            + "augmentent le nombre d'agents par imprimante et suppriment les pages jamais récupérées.",
                    BRETAGNE + ", orientation « stratégie d'impression »",
                    1, "Une imprimante par bureau", "Des imprimantes partagées avec impression à la demande",
                    "L'impression couleur par défaut", "Une imprimante de secours par étage"),
            multiple(PRINTING, "Quels réglages par défaut des imprimantes réduisent les impressions ?",
                    "Le recto verso et le noir et blanc par défaut réduisent le papier et l'encre ; l'agent peut toujours "
                            + "les changer pour un document qui le demande.",
                    BRETAGNE + ", orientation « stratégie d'impression »",
                    List.of(right("Le recto verso"), right("Le noir et blanc"), wrong("La couleur"),
                            wrong("L'impression automatique des pièces jointes"))),
            single(ECODESIGN, "Combien de critères compte le référentiel général d'écoconception de services numériques "
                            + "(RGESN) de 2024 ?",
                    "Le RGESN compte 78 critères en 9 familles : stratégie, spécifications, architecture, expérience et "
                            + "interface, contenus, front-end, back-end, hébergement et algorithmes.",
                    "Référentiel général d'écoconception de services numériques (RGESN), Arcep et Arcom, 2024",
                    1, "20", "78", "150", "500"),
            multiple(ECODESIGN, "Quelles pratiques relèvent de l'écoconception d'un service en ligne de la collectivité ?",
                    "Alléger les contenus, ne garder que les fonctionnalités utiles et permettre l'usage sur des "
                            + "appareils anciens ou une connexion lente évitent de pousser au renouvellement du matériel. "
                            + "Une vidéo en lecture automatique fait l'inverse.",
                    "Référentiel général d'écoconception de services numériques (RGESN), Arcep et Arcom, 2024",
                    List.of(right("Alléger les images et les vidéos"),
                            right("Limiter les fonctionnalités à celles qui servent vraiment"),
                            right("Faire fonctionner le service sur des appareils anciens"),
                            wrong("Lancer une vidéo automatiquement à l'ouverture de la page"))),
            single(INCLUSION, "Qu'aide le plus les habitants éloignés du numérique à accomplir leurs démarches ?",
                    "La médiation numérique, avec des personnes qui accompagnent, et le maintien d'un autre moyen que "
                            + "l'écran (accueil, téléphone) répondent à la fracture numérique, l'un des thèmes de la "
                            + "stratégie numérique responsable.",
                    REEN + " (thème « inclusion numérique »)",
                    2, "La fermeture des guichets", "Une application mobile de plus",
                    "Un accompagnement par la médiation numérique", "Des démarches accessibles seulement en ligne"),
            single(LAW, "À partir de combien de points sur 1 000 obtient-on le premier niveau du label Numérique "
                            + "Responsable (INR) ?",
                    "Le niveau 1 demande plus de 300 points sur 1 000 (évaluation à distance et audit documentaire, "
                            + "valable 2 ans) ; le niveau 2 demande 500 points, avec un audit sur place.",
                    "Institut du Numérique Responsable, label Numérique Responsable (référentiel 2021)",
                    1, "100 points", "300 points", "700 points", "1 000 points"));

    private DemoQuestionnaireContent() {
    }

    /** A single-choice question of four choices, the one at index {@code right} being right. */
    private static Question single(String theme, String text, String explanation, String source, int right,
            String... choices) {
        List<String> labels = List.of(choices);
        return new Question("SINGLE", theme, text, explanation, source, java.util.stream.IntStream.range(0, 4)
                .mapToObj(index -> new Choice(labels.get(index), index == right)).toList());
    }

    private static Question multiple(String theme, String text, String explanation, String source,
            List<Choice> choices) {
        return new Question("MULTIPLE", theme, text, explanation, source, choices);
    }

    private static Choice right(String label) {
        return new Choice(label, true);
    }

    private static Choice wrong(String label) {
        return new Choice(label, false);
    }
}
