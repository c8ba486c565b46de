package fr.mutualis.api.questionnaire;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the portal serves the anonymous answer pages: the answer link is this base followed by the link token. */
@ConfigurationProperties("mutualis.questionnaires")
public record QuestionnaireProperties(@DefaultValue("http://localhost:8080/repondre/") String answerBaseUrl) {

    public String answerLink(String linkToken) {
        return answerBaseUrl + linkToken;
    }
}
