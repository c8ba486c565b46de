package fr.mutualis.api.practice;

import java.util.List;

/** What an editor writes: the whole practice, as created, or after a change is applied. */
public record PracticeContent(String title, String summary, String body, Theme theme, List<String> tags, Level effort,
        Level cost, Level impact, List<String> indicators, Visibility visibility, PracticeStatus status) {

    public PracticeContent {
        tags = List.copyOf(tags);
        indicators = List.copyOf(indicators);
    }
}
