package fr.mutualis.api.questionnaire;

/** A single-choice question has exactly one right choice; a multiple-choice one is right when every choice is. */
public enum QuestionKind {
    SINGLE, MULTIPLE
}
