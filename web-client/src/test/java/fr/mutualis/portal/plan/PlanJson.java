package fr.mutualis.portal.plan;

/** What the api answers about plans, as its contract documents it, for the tests' {@code FakeApi}. */
final class PlanJson {

	static final String PLAN_ID = "0190c3a2-0000-7000-8000-000000000001";

	static final String ACTION_ID = "0190c3a2-0000-7000-8000-0000000000a1";

	static final String SUB_ID = "0190c3a2-0000-7000-8000-0000000000a2";

	static final String PLAN = """
			{"id": "%s", "authority": {"slug": "region-bretagne", "name": "Région Bretagne", "kind": "REGION",
			 "regionCode": "53"}, "title": "Plan Numérique responsable 2021-2023", "startYear": 2021, "endYear": 2023,
			 "status": "DRAFT", "visibility": "NETWORK", "labelTarget": "INR_LEVEL_1", "publishedAt": null,
			 "progress": 45, "actionCount": 3, "themes": ["PROCUREMENT", "TRAINING_AWARENESS"], "version": 7}
			""".formatted(PLAN_ID);

	static final String ACTION = """
			{"id": "%s", "planId": "%s", "parentActionId": null, "title": "Repenser l’achat des mobiles professionnels",
			 "description": "Moins de modèles, gardés plus longtemps.", "objective": "Un mobile par agent qui en a besoin",
			 "theme": "PROCUREMENT", "status": "IN_PROGRESS", "priority": "HIGH", "startDate": "2021-04-01",
			 "dueDate": "2023-12-31", "pilot": "Direction des achats", "budget": 12000.50, "progress": 40,
			 "rolledUpProgress": 70, "indicators": [{"code": "EQ_PER_AGENT", "target": 1.2, "targetYear": 2023}],
			 "adoptedFrom": null, "adopters": [{"slug": "rennes-metropole", "name": "Rennes Métropole"}], "version": 4}
			""".formatted(ACTION_ID, PLAN_ID);

	static final String SUB_ACTION = """
			{"id": "%s", "planId": "%s", "parentActionId": "%s", "title": "Acheter des mobiles reconditionnés",
			 "description": "", "objective": null, "theme": "PROCUREMENT", "status": "DONE", "priority": "MEDIUM",
			 "startDate": null, "dueDate": null, "pilot": null, "budget": null, "progress": 100,
			 "rolledUpProgress": 100, "indicators": [], "adoptedFrom": null, "adopters": [], "version": 1}
			""".formatted(SUB_ID, PLAN_ID, ACTION_ID);

	static final String TRAINING = """
			{"id": "0190c3a2-0000-7000-8000-0000000000a3", "planId": "%s", "parentActionId": null,
			 "title": "Former les agents et les élus", "description": "", "objective": null,
			 "theme": "TRAINING_AWARENESS", "status": "PLANNED", "priority": "MEDIUM", "startDate": null,
			 "dueDate": null, "pilot": null, "budget": null, "progress": 20, "rolledUpProgress": 20, "indicators": [],
			 "adoptedFrom": {"kind": "ACTION", "id": "0190c3a2-0000-7000-8000-0000000000ff", "authority": "rennes-metropole"},
			 "adopters": [], "version": 2}
			""".formatted(PLAN_ID);

	static final String COVERAGE = """
			{"covered": 1, "of": 6, "themes": [
			 {"theme": "SUSTAINABLE_PROCUREMENT", "label": "Achats publics durables", "source": "Loi n° 2021-1485 (REEN) art. 35",
			  "planThemes": ["PROCUREMENT"], "actions": 2, "objective": true, "indicatorWithTarget": true, "missing": []},
			 {"theme": "DIGITAL_INCLUSION", "label": "Inclusion numérique des citoyens", "source": "Loi n° 2021-1485 (REEN) art. 35",
			  "planThemes": ["DIGITAL_INCLUSION"], "actions": 0, "objective": false, "indicatorWithTarget": false,
			  "missing": ["ACTION", "OBJECTIVE", "INDICATOR_TARGET"]}]}
			""";

	static final String HISTORY = """
			[{"id": "0190c3a2-0000-7000-8000-0000000000c1", "at": "2025-03-12T10:15:00Z", "actorName": "Camille Martin",
			  "kind": "UPDATED", "changes": {"progress": {"from": "20", "to": "40"}}},
			 {"id": "0190c3a2-0000-7000-8000-0000000000c0", "at": "2025-03-01T09:00:00Z", "actorName": "Camille Martin",
			  "kind": "CREATED", "changes": {}}]
			""";

	static final String PLANS_PATH = "/api/v1/authorities/region-bretagne/plans";

	static final String PLAN_PATH = PLANS_PATH + "/" + PLAN_ID;

	static final String ACTION_PATH = PLAN_PATH + "/actions/" + ACTION_ID;

	private PlanJson() {
	}

}
