-- Best practices (issue 7): {{practices}} practices for the search benchmark, shared among authorities in proportion
-- to the square root of their agents (larger authorities write more), 90% published (30% of those PUBLIC), 10% drafts,
-- over the last three years. Titles, summaries and bodies are assembled from a pool of French sentences about the
-- themes of the library, so that word frequencies look like a real library: some words are in most practices
-- ("agents", "collectivité"), others in a few ("médiathèques", "PUE").

CREATE TEMPORARY TABLE scale_practice_title (n integer PRIMARY KEY, theme text NOT NULL, title text NOT NULL);
INSERT INTO scale_practice_title (n, theme, title)
SELECT row_number() OVER (), theme, title FROM (VALUES
    ('EQUIPMENT_REDUCTION', 'Réduire le nombre d''imprimantes individuelles'),
    ('EQUIPMENT_REDUCTION', 'Passer aux impressions recto verso par défaut'),
    ('EQUIPMENT_REDUCTION', 'Redéployer les postes de travail en interne'),
    ('EQUIPMENT_REDUCTION', 'Allonger la durée de vie des ordinateurs portables'),
    ('PROCUREMENT', 'Acheter des smartphones reconditionnés'),
    ('PROCUREMENT', 'Revoir la dotation en téléphones mobiles professionnels'),
    ('PROCUREMENT', 'Inscrire le réemploi dans les marchés informatiques'),
    ('PROCUREMENT', 'Exiger la réparabilité des équipements achetés'),
    ('END_OF_LIFE', 'Donner les ordinateurs réformés à une association'),
    ('END_OF_LIFE', 'Effacer les données avant la cession des équipements'),
    ('END_OF_LIFE', 'Signer une convention de cession avec un reconditionneur'),
    ('END_OF_LIFE', 'Suivre le taux de réemploi des équipements réformés'),
    ('DATA_CENTRES_HOSTING', 'Consolider les serveurs de la salle informatique'),
    ('DATA_CENTRES_HOSTING', 'Mesurer le PUE du centre de données'),
    ('DATA_CENTRES_HOSTING', 'Mutualiser l''hébergement entre communes'),
    ('TRAINING_AWARENESS', 'Former les agents au numérique responsable'),
    ('TRAINING_AWARENESS', 'Sensibiliser les élus aux enjeux du numérique'),
    ('TRAINING_AWARENESS', 'Proposer le parcours PIX aux agents'),
    ('ECO_DESIGN', 'Écoconcevoir les démarches en ligne'),
    ('ECO_DESIGN', 'Alléger les pages du site de la collectivité'),
    ('ECO_DESIGN', 'Appliquer le référentiel RGESN aux nouveaux services'),
    ('DIGITAL_INCLUSION', 'Ouvrir des ateliers numériques en médiathèque'),
    ('DIGITAL_INCLUSION', 'Accompagner les habitants dans leurs démarches'),
    ('DIGITAL_INCLUSION', 'Prêter des ordinateurs reconditionnés aux familles'),
    ('USAGE', 'Éteindre les postes de travail la nuit'),
    ('USAGE', 'Limiter les pièces jointes dans les messages'),
    ('MEASUREMENT', 'Calculer l''empreinte de fabrication du parc'),
    ('MEASUREMENT', 'Suivre les indicateurs du plan chaque trimestre'),
    ('STRATEGY_GOVERNANCE', 'Nommer des référents par direction'),
    ('STRATEGY_GOVERNANCE', 'Adopter une stratégie numérique responsable'),
    ('DATA_ETHICS', 'Limiter les données collectées dans les formulaires'),
    ('DATA_ETHICS', 'Publier les données ouvertes de la collectivité')) AS t (theme, title);

CREATE TEMPORARY TABLE scale_practice_sentence (n integer PRIMARY KEY, sentence text NOT NULL);
INSERT INTO scale_practice_sentence (n, sentence)
SELECT row_number() OVER (), s FROM (VALUES
    ('Les agents de la collectivité ont été associés dès le départ.'),
    ('Nous avons commencé par un inventaire complet du parc informatique.'),
    ('Les imprimantes partagées remplacent les imprimantes de bureau.'),
    ('Le recto verso est réglé par défaut sur tous les copieurs.'),
    ('Les ordinateurs réformés partent vers une association de réemploi.'),
    ('Une convention de cession encadre chaque don d''équipements.'),
    ('L''effacement des données est certifié pour chaque lot.'),
    ('Les smartphones sont attribués selon des critères écrits.'),
    ('Le marché prévoit un lot d''équipements reconditionnés.'),
    ('La réparabilité et la disponibilité des pièces détachées sont exigées.'),
    ('Les serveurs inutilisés ont été éteints après un inventaire.'),
    ('La consommation électrique de la salle est relevée chaque mois.'),
    ('Le PUE de la salle informatique a nettement baissé.'),
    ('La virtualisation a permis de réduire le nombre de serveurs.'),
    ('Une session de formation a été proposée à tous les agents.'),
    ('Les élus ont suivi une présentation des enjeux en début de mandat.'),
    ('Un questionnaire annuel mesure les connaissances des agents.'),
    ('Les pages du site ont été allégées et les images compressées.'),
    ('Chaque nouveau service en ligne passe une revue d''écoconception.'),
    ('Des conseillers numériques accueillent les habitants en médiathèque.'),
    ('Les familles peuvent emprunter un ordinateur reconditionné.'),
    ('Les postes de travail s''éteignent automatiquement le soir.'),
    ('Les messages avec de lourdes pièces jointes sont remplacés par des liens.'),
    ('L''empreinte de fabrication est calculée avec des facteurs publiés.'),
    ('Les indicateurs sont suivis chaque trimestre en comité.'),
    ('Un référent relaie la démarche dans chaque direction.'),
    ('La stratégie a été adoptée par l''assemblée délibérante.'),
    ('Les formulaires ne demandent plus que les données nécessaires.'),
    ('Les données ouvertes sont publiées sous Licence Ouverte.'),
    ('Le budget nécessaire est resté modeste.'),
    ('La principale difficulté a été de convaincre les services.'),
    ('Les résultats sont présentés dans le rapport annuel.'),
    ('Les communes voisines ont rejoint la démarche l''année suivante.'),
    ('Le service achats a revu ses cahiers des charges.'),
    ('Les équipements de plus de dix ans sont recyclés.'),
    ('La durée de renouvellement des postes est passée de quatre à six ans.'),
    ('Les écrans sont conservés au-delà du renouvellement des unités centrales.'),
    ('Les agents en télétravail disposent d''un seul ordinateur portable.'),
    ('La collectivité vise le label Numérique Responsable.'),
    ('Les partenaires de l''économie sociale et solidaire sont privilégiés.')) AS s (s);

-- Rarer words: each practice names one of many places, services and partners (document frequencies from about 0.1%
-- to 2%, as names and specific terms have in a real library).
CREATE TEMPORARY TABLE scale_practice_word (n integer PRIMARY KEY, word text NOT NULL);
INSERT INTO scale_practice_word (n, word)
SELECT row_number() OVER (), place || ' ' || town
FROM unnest(ARRAY['médiathèque', 'piscine', 'lycée', 'collège', 'école', 'mairie annexe', 'centre social', 'musée',
                  'conservatoire', 'archives', 'crèche', 'déchèterie', 'port', 'aéroport', 'gare', 'maison de santé',
                  'office de tourisme', 'théâtre', 'stade', 'cantine']) AS place
CROSS JOIN unnest(ARRAY['de Brest', 'de Quimper', 'de Rennes', 'de Lorient', 'de Vannes', 'de Saint-Brieuc',
                        'de Morlaix', 'de Lannion', 'de Concarneau', 'de Douarnenez', 'de Fougères', 'de Vitré',
                        'de Redon', 'de Pontivy', 'de Dinan']) AS town;

CREATE TEMPORARY TABLE scale_practice_plan AS
SELECT id, sqrt(greatest(coalesce(agents, 1), 1)) * (0.5 + random()) AS weight FROM authority;

INSERT INTO practice (tenant_id, id, title, summary, body, theme, tags, effort, cost, impact, indicators, visibility,
                      status, author_id, author_name, published_at, created_at, updated_at)
SELECT p.tenant_id, pg_temp.uuid7(p.at), t.title || CASE WHEN p.n % 3 = 0 THEN ' (' || p.n || ')' ELSE '' END,
       s1.sentence || ' ' || s2.sentence, p.body || ' Mis en place à la ' || w.word || ', avec l''équipe '
       || (ARRAY['informatique', 'des achats', 'des bâtiments', 'de la communication', 'des ressources humaines',
                 'de l''environnement', 'des finances', 'de l''éducation'])[p.n % 8 + 1] || '.', t.theme,
       ARRAY[lower(split_part(t.title, ' ', 1)), (ARRAY['achats', 'réemploi', 'sobriété', 'formation', 'énergie'])[p.n % 5 + 1]],
       (ARRAY['LOW', 'MEDIUM', 'HIGH'])[p.n % 3 + 1], (ARRAY['LOW', 'MEDIUM', 'HIGH'])[p.n / 3 % 3 + 1],
       (ARRAY['LOW', 'MEDIUM', 'HIGH'])[p.n / 9 % 3 + 1], '{}',
       CASE WHEN p.n % 10 < 3 THEN 'PUBLIC' ELSE 'NETWORK' END,
       CASE WHEN p.n % 10 = 9 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       'scale-author', 'Agent ' || (p.n % 7 + 1),
       CASE WHEN p.n % 10 = 9 THEN NULL ELSE p.at END, p.at, p.at
FROM (SELECT q.tenant_id, q.n, now() - random() * interval '1095 days' AS at,
             1 + (random() * 299)::integer AS word_n, 1 + (random() * 31)::integer AS title_n, 1 + (random() * 39)::integer AS s1, 1 + (random() * 39)::integer AS s2,
             (SELECT string_agg(sentence, ' ') FROM (SELECT sentence FROM scale_practice_sentence
                  WHERE n > 0 * q.n ORDER BY random() LIMIT 4 + (q.n % 9)) chosen) AS body
      FROM (SELECT pl.id AS tenant_id, n
            FROM (SELECT id, round({{practices}} * weight / sum(weight) OVER ())::integer AS practices
                  FROM scale_practice_plan) pl
            CROSS JOIN LATERAL generate_series(1, pl.practices) AS n) q) p
JOIN scale_practice_title t ON t.n = p.title_n
JOIN scale_practice_sentence s1 ON s1.n = p.s1
JOIN scale_practice_sentence s2 ON s2.n = p.s2
JOIN scale_practice_word w ON w.n = p.word_n;

-- The facet counts of the library without words (V13) are kept by triggers, which this bulk load skips; they are
-- counted again as a signed-in reader would.
SELECT set_config('app.user_id', 'scale-data', false);
SELECT practice_facet_count_rebuild();
