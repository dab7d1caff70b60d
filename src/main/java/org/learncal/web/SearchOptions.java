package org.learncal.web;

import jakarta.inject.Singleton;
import org.learncal.event.EventFormat;
import org.learncal.event.Facet;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.TopicStore;
import org.learncal.text.Wire;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The choices of the search form's lists, labelled in the reader's language. */
@Singleton
public class SearchOptions {
    /** Languages spoken at events of the catalogue; others can still be searched by URL. */
    private static final List<String> EVENT_LANGUAGES = List.of("ar", "de", "en", "es", "fr", "ja", "pt");

    private final TopicStore topics;
    private final CityStore cities;
    private final NetworkStore networks;
    private final Messages messages;

    public SearchOptions(TopicStore topics, CityStore cities, NetworkStore networks,
                         Messages messages) {
        this.topics = topics;
        this.cities = cities;
        this.networks = networks;
        this.messages = messages;
    }

    /** One choice of a list: the value sent and the label read. */
    public record Option(String value, String label) {
    }

    /** All lists of the form. */
    public record Lists(List<Option> topics, List<Option> languages, List<Option> countries, List<Option> cities,
                        List<Option> networks, List<Option> formats) {
    }

    public Lists lists(Language language) {
        Locale locale = language.locale();
        Comparator<Option> byLabel = Comparator.comparing(Option::label, Collator.getInstance(locale));
        List<City> allCities = cities.findAllOrderByName();
        return new Lists(
                topics.findAllOrderBySlug().stream().map(t -> new Option(t.slug(), t.label(language.tag())))
                        .sorted(byLabel).toList(),
                EVENT_LANGUAGES.stream().map(tag -> new Option(tag, capitalised(
                        Locale.forLanguageTag(tag).getDisplayLanguage(locale), locale))).sorted(byLabel).toList(),
                allCities.stream().map(City::country).distinct().map(code -> new Option(code,
                        new Locale("", code).getDisplayCountry(locale))).sorted(byLabel).toList(),
                allCities.stream().map(c -> new Option(c.slug(), c.name() + " (" + c.country() + ")")).toList(),
                networks.findAllOrderByName().stream().map(n -> new Option(n.slug(), n.name())).toList(),
                Arrays.stream(EventFormat.values()).map(f -> new Option(Wire.of(f),
                        messages.get(language, "format." + Wire.of(f)))).toList());
    }

    /** The lists with each option's count of matching events beside its label: "Literacy (12)". */
    public Lists lists(Language language, Map<String, List<Facet.Count>> counts) {
        Lists plain = lists(language);
        return new Lists(counted(plain.topics(), counts.get("topic")), counted(plain.languages(),
                counts.get("language")), counted(plain.countries(), counts.get("country")),
                counted(plain.cities(), counts.get("city")), counted(plain.networks(), counts.get("network")),
                counted(plain.formats(), counts.get("format")));
    }

    private static List<Option> counted(List<Option> options, List<Facet.Count> counts) {
        Map<String, Long> byValue = counts.stream().collect(Collectors.toMap(Facet.Count::value, Facet.Count::count));
        return options.stream().map(option -> new Option(option.value(),
                option.label() + " (" + byValue.getOrDefault(option.value(), 0L) + ")")).toList();
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
