package org.learncal.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** An oEmbed 1.0 "rich" response: the iframe of the widget page, with its size. */
@Serdeable
public record OembedResponse(String version, String type, String title, String html, int width, int height,
                             @JsonProperty("provider_name") String providerName,
                             @JsonProperty("provider_url") String providerUrl,
                             @JsonProperty("cache_age") long cacheAge) {
}
