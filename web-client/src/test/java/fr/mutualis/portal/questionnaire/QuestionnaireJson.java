package fr.mutualis.portal.questionnaire;

/** What the api's questionnaire routes answer, for the tests' FakeApi. */
final class QuestionnaireJson {

	static final String BANK = """
			{"id": "0190d000-0000-7000-8000-000000000001", "title": "Numérique responsable : les bases",
			 "description": "15 questions"}
			""";

	static final String CAMPAIGN = """
			{"id": "0190d000-0000-7000-8000-0000000000c1", "questionnaireId": "0190d000-0000-7000-8000-000000000001",
			 "questionnaireTitle": "Numérique responsable : les bases", "audience": "AGENTS",
			 "opensAt": "2026-11-01T23:00:00Z", "closesAt": "2026-12-01T23:00:00Z", "state": "OPEN",
			 "answerLink": "http://localhost:8080/repondre/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde",
			 "linkToken": "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde", "enoughAnswers": true}
			""";

	static final String NOT_ENOUGH = """
			{"campaignId": "0190d000-0000-7000-8000-0000000000c1", "questionnaireTitle": "Numérique responsable : les bases",
			 "audience": "AGENTS", "opensAt": "2026-11-01T23:00:00Z", "closesAt": "2026-12-01T23:00:00Z",
			 "state": "OPEN", "minimumAnswers": 5, "enoughAnswers": false, "answers": null, "participationRate": null,
			 "score": null, "themes": [], "previousCampaigns": [], "network": null}
			""";

	static final String RESULTS = """
			{"campaignId": "0190d000-0000-7000-8000-0000000000c1", "questionnaireTitle": "Numérique responsable : les bases",
			 "audience": "AGENTS", "opensAt": "2026-11-01T23:00:00Z", "closesAt": "2026-12-01T23:00:00Z",
			 "state": "CLOSED", "minimumAnswers": 5, "enoughAnswers": true, "answers": 12, "participationRate": 0.3,
			 "score": 62.5, "themes": [{"theme": "Réemploi", "score": 70.0, "questions": 3},
			                           {"theme": "Impression", "score": 40.0, "questions": 2}],
			 "previousCampaigns": [{"campaignId": "0190d000-0000-7000-8000-0000000000b1",
			                        "closesAt": "2025-12-01T23:00:00Z", "answers": 9, "score": 48.0}],
			 "network": {"campaigns": 4, "median": 55.0}}
			""";

	static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

	static final String PUBLIC = """
			{"authorityName": "Région Bretagne", "questionnaireTitle": "Numérique responsable : les bases",
			 "audience": "AGENTS", "opensAt": "2026-11-01T23:00:00Z", "closesAt": "2026-12-01T23:00:00Z", "state": "OPEN",
			 "questions": [
			   {"id": "0190d000-0000-7000-8000-0000000000a1", "position": 1, "kind": "SINGLE",
			    "text": "Quel taux de réemploi vise le décret 2023-266 à partir de 2025 ?", "theme": "Réemploi",
			    "choices": [{"id": "0190d000-0000-7000-8000-0000000000e1", "label": "25 %"},
			                {"id": "0190d000-0000-7000-8000-0000000000e2", "label": "50 %"}]},
			   {"id": "0190d000-0000-7000-8000-0000000000a2", "position": 2, "kind": "MULTIPLE",
			    "text": "Qu’est-ce qui allonge la vie d’un ordinateur ?", "theme": "Cycle de vie",
			    "choices": [{"id": "0190d000-0000-7000-8000-0000000000e3", "label": "La réparation"},
			                {"id": "0190d000-0000-7000-8000-0000000000e4", "label": "Un système plus léger"},
			                {"id": "0190d000-0000-7000-8000-0000000000e5", "label": "L’écran de veille"}]}]}
			""";

	static final String CORRECTION = """
			{"score": 50.0, "questions": [
			  {"id": "0190d000-0000-7000-8000-0000000000a1", "position": 1, "text": "Quel taux de réemploi ?",
			   "theme": "Réemploi", "correct": true, "rightChoiceIds": ["0190d000-0000-7000-8000-0000000000e2"],
			   "rightChoices": ["50 %"], "explanation": "Le décret fixe 50 % à partir de 2025.",
			   "source": "Décret n° 2023-266"},
			  {"id": "0190d000-0000-7000-8000-0000000000a2", "position": 2, "text": "Qu’est-ce qui allonge la vie ?",
			   "theme": "Cycle de vie", "correct": false, "rightChoiceIds": [], "rightChoices": ["La réparation",
			   "Un système plus léger"], "explanation": "Réparer et alléger prolongent l’usage.", "source": "ADEME"}]}
			""";

	private QuestionnaireJson() {
	}

}
