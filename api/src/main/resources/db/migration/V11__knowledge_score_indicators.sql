-- The knowledge questionnaires (issue 9) feed two indicators of the shared catalogue, computed by the questionnaire
-- module from the authority's latest campaign of the year with at least 5 answers. The catalogue is written by the
-- operator only (forced row-level security applies to the migration owner too): this migration acts as the operator.
SELECT set_config('app.operator', 'true', true);
INSERT INTO indicator (code, name_fr, name_en, unit, value_kind, better_when, normalization, theme, definition, source)
VALUES
('KNOWLEDGE_SCORE_AGENTS', 'Score de connaissances des agents', 'Agents'' knowledge score', 'score sur 100',
 'PERCENTAGE', 'HIGHER', 'NONE', 'AWARENESS',
 'Score moyen des agents au questionnaire Numérique responsable le plus récent de l''année (au moins 5 réponses).',
 'Questionnaires de connaissances Mutualis'),
('KNOWLEDGE_SCORE_ELECTED', 'Score de connaissances des élus', 'Elected officials'' knowledge score', 'score sur 100',
 'PERCENTAGE', 'HIGHER', 'NONE', 'AWARENESS',
 'Score moyen des élus au questionnaire Numérique responsable le plus récent de l''année (au moins 5 réponses).',
 'Questionnaires de connaissances Mutualis');
