package fr.mutualis.portal.indicator;

/** What the api answers for indicators, for the tests' FakeApi. */
final class IndicatorJson {

	static final String AGENTS_TRAINED = """
			{"code": "AGENTS_TRAINED", "name": "Agents formés", "nameEn": "Agents trained", "unit": "%",
			 "valueKind": "PERCENTAGE", "betterWhen": "HIGHER", "normalization": "NONE", "theme": "AWARENESS",
			 "definition": "Part des agents formés.", "source": "Plan de formation", "custom": false, "computed": false,
			 "formula": null}
			""";

	static final String EMBODIED = """
			{"code": "EMBODIED_CO2_PER_AGENT", "name": "Empreinte de fabrication amortie", "nameEn": "Footprint",
			 "unit": "kgCO2e/an", "valueKind": "QUANTITY", "betterWhen": "LOWER", "normalization": "PER_AGENT",
			 "theme": "LIFE_CYCLE", "definition": "", "source": "", "custom": false, "computed": true,
			 "formula": "Somme des unités × facteur ÷ durée de vie"}
			""";

	static final String DC_PUE = """
			{"code": "DC_PUE", "name": "PUE des salles informatiques", "nameEn": "Data-centre PUE", "unit": "ratio ≥ 1",
			 "valueKind": "RATIO_AT_LEAST_ONE", "betterWhen": "LOWER", "normalization": "NONE", "theme": "INFRASTRUCTURE",
			 "definition": "", "source": "", "custom": false, "computed": false, "formula": null}
			""";

	static final String MEASUREMENTS = """
			{"items": [
			  {"indicator": "AGENTS_TRAINED", "year": 2024, "value": 30, "source": "", "comment": "", "confidential": false,
			   "computed": false, "formula": null, "version": 0},
			  {"indicator": "AGENTS_TRAINED", "year": 2025, "value": 42.5, "source": "", "comment": "", "confidential": true,
			   "computed": false, "formula": null, "version": 1}], "nextCursor": null}
			""";

	static final String COMPARISON = """
			{"indicator": %s, "year": 2025, "peers": "ALL", "value": 42.5, "normalizedValue": 42.5, "confidential": true,
			 "peerGroup": {"count": 12, "min": 10, "p25": 20, "median": 35.5, "p75": 50, "max": 90, "mean": 38.25},
			 "rank": 3, "percentile": 81.8}
			""".formatted(AGENTS_TRAINED);

	static final String COMPARISON_OF_TWO = """
			{"indicator": %s, "year": 2025, "peers": "REGION", "value": 42.5, "normalizedValue": 42.5,
			 "confidential": false, "peerGroup": {"count": 2, "min": null, "p25": null, "median": null, "p75": null,
			 "max": null, "mean": null}, "rank": null, "percentile": null}
			""".formatted(AGENTS_TRAINED);

	static final String SERIES = """
			{"indicator": "AGENTS_TRAINED", "peers": "ALL", "points": [
			  {"year": 2023, "value": 20, "normalizedValue": 20, "peerCount": 9, "peerMedian": 25},
			  {"year": 2024, "value": null, "normalizedValue": null, "peerCount": 0, "peerMedian": null},
			  {"year": 2025, "value": 42.5, "normalizedValue": 42.5, "peerCount": 12, "peerMedian": 35.5}]}
			""";

	static final String FACTORS = """
			{"items": [{"category": "LAPTOP", "version": 1, "kgCo2e": 181, "lifespanYears": 4.5,
			  "source": "Base Empreinte via Boavizta", "licenceNote": "Conditions de la Base Empreinte"}], "nextCursor": null}
			""";

	private IndicatorJson() {
	}

}
