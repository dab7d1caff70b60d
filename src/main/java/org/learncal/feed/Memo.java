package org.learncal.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key (a language tag, a zone) rather than once per event rendered. Keys come from
 * stored data, so there are few, but the memo stops growing at {@value #LIMIT} all the same: past it, values are
 * worked out each time.
 */
final class Memo<K, V> {
    private static final int LIMIT = 512;

    private final Map<K, V> values = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        V known = values.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (values.size() < LIMIT) {
                values.put(key, known);
            }
        }
        return known;
    }
}
