package org.learncal.manage;

import org.learncal.problem.Problem;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What was wrong with a form, field by field, in the words of the API's problem. */
public record FieldErrors(List<Problem.InputError> all) {
    public static final FieldErrors NONE = new FieldErrors(List.of());

    /** The input errors of a 400; any other problem is not the form's to show, and goes on. */
    public static FieldErrors of(ProblemException problem) {
        if (problem.type() != ProblemType.INVALID_INPUT) {
            throw problem;
        }
        List<Problem.InputError> errors = problem.problem().errors();
        return new FieldErrors(errors == null ? List.of() : errors);
    }

    /** As {@link #of}, and a write refused for its organizers is the organizers field's problem. */
    public static FieldErrors ofEventWrite(ProblemException problem) {
        if (problem.type() == ProblemType.FORBIDDEN) {
            return new FieldErrors(List.of(new Problem.InputError("organizers", problem.problem().detail())));
        }
        return of(problem);
    }

    /** As {@link #of}, and a source refused for its organizer or its trust is that field's problem. */
    public static FieldErrors ofSourceWrite(ProblemException problem) {
        if (problem.type() == ProblemType.FORBIDDEN) {
            String field = problem.problem().detail() != null && problem.problem().detail().contains("trust: publish")
                    ? "trust" : "organizer";
            return new FieldErrors(List.of(new Problem.InputError(field, problem.problem().detail())));
        }
        return of(problem);
    }

    public FieldErrors and(List<Problem.InputError> more) {
        List<Problem.InputError> merged = new ArrayList<>(more);
        merged.addAll(all);
        return new FieldErrors(merged);
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(error -> isOf(error, field));
    }

    /** The reasons given for one field, joined. */
    public String of(String field) {
        return String.join("; ", all.stream().filter(error -> isOf(error, field))
                .map(Problem.InputError::reason).toList());
    }

    /** Field ids for the summary's links: venue.name is the element venue-name, spokenLanguages[1] spokenLanguages. */
    public Map<String, String> anchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        all.forEach(error -> anchors.put(error.name(), error.name().replaceAll("\\[\\d+]$", "").replace('.', '-')));
        return anchors;
    }

    /** A list's field shows the errors of its items too ({@code spokenLanguages[1]} under spokenLanguages). */
    private static boolean isOf(Problem.InputError error, String field) {
        return error.name().equals(field) || error.name().startsWith(field + "[");
    }
}
