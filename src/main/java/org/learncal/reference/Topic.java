package org.learncal.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A subject an event is about, such as literacy or global citizenship education. */
@Serdeable
@MappedEntity(value = "topic", escape = false)
public record Topic(@Id String slug, String labelEn, String labelFr) {

    /** The label in the reader's language: French for {@code fr}, English otherwise. */
    public String label(String language) {
        return language != null && language.startsWith("fr") ? labelFr : labelEn;
    }
}
