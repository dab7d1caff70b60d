package org.learncal.manage;

import jakarta.inject.Singleton;
import org.learncal.city.CityRequest;
import org.learncal.city.CityWrites;
import org.learncal.problem.InputErrors;
import org.learncal.reference.CityStore;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.NetworkStore;
import org.learncal.web.Language;
import org.learncal.web.SearchOptions.Option;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The city form: name, country, time zone, coordinates, and its memberships (a box per network with the year
 * it joined, in a field named joined.NETWORK).
 */
@Singleton
class CityForm implements ReferenceForm {
    private final CityStore cities;
    private final MembershipStore memberships;
    private final NetworkStore networks;
    private final CityWrites writes;

    CityForm(CityStore cities, MembershipStore memberships, NetworkStore networks, CityWrites writes) {
        this.cities = cities;
        this.memberships = memberships;
        this.networks = networks;
        this.writes = writes;
    }

    @Override
    public String kind() {
        return "cities";
    }

    @Override
    public List<Field> fields(Language language) {
        Locale locale = language.locale();
        List<Option> countries = Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(Option::label, Collator.getInstance(locale))).toList();
        return List.of(Field.of("name", "text"), new Field("country", "select", countries),
                new Field("timeZone", "select", ZoneChoices.ALL.stream().map(z -> new Option(z, z)).toList()),
                Field.of("latitude", "text"), Field.of("longitude", "text"),
                new Field("networks", "memberships", networks.findAllOrderByName().stream()
                        .map(n -> new Option(n.slug(), n.name())).toList()));
    }

    @Override
    public Optional<FormData> stored(String slug) {
        return cities.findById(slug).map(c -> {
            Values values = new Values().put("slug", c.slug()).put("name", c.name()).put("country", c.country())
                    .put("timeZone", c.timeZone()).put("latitude", c.latitude()).put("longitude", c.longitude());
            var joined = memberships.findByKeyCitySlug(slug);
            values.putAll("networks", joined.stream().map(m -> m.key().networkSlug()).toList());
            joined.forEach(m -> values.put("joined." + m.key().networkSlug(), m.joinedYear()));
            return values.form();
        });
    }

    @Override
    public String create(FormData form) {
        return writes.create(request(form.get("slug"), form)).slug();
    }

    @Override
    public void replace(String slug, FormData form) {
        writes.replace(slug, request(slug, form));
    }

    /** The API's request; a coordinate or year that is no number is refused here, before any write. */
    private static CityRequest request(String slug, FormData form) {
        InputErrors unreadable = new InputErrors();
        Double latitude = form.number("latitude", unreadable);
        Double longitude = form.number("longitude", unreadable);
        List<CityRequest.MembershipRequest> joined = form.all("networks").stream()
                .map(network -> new CityRequest.MembershipRequest(network, year(form, network, unreadable))).toList();
        unreadable.throwIfAny();
        return new CityRequest(slug, form.get("name"), form.get("country"), form.get("timeZone"), latitude,
                longitude, joined);
    }

    private static Integer year(FormData form, String network, InputErrors errors) {
        String text = form.get("joined." + network);
        if (text == null) {
            return null;
        }
        if (!text.matches("[12][0-9]{3}")) {
            errors.add("networks", "'" + text + "' is not a year such as 2020 (" + network + ")");
            return null;
        }
        return Integer.valueOf(text);
    }
}
