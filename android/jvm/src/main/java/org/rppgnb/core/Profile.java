package org.rppgnb.core;

import java.util.Locale;
import java.util.Map;

/** The user as the paper's app asks for them (§3.3, Fig. 4a), validated and normalised like rppg_nb.app.Profile. */
public final class Profile {
    public static final int AGE_MIN = 1, AGE_MAX = 120;
    // Android before API 30 has no Map.of: the library sticks to APIs available from API 26 (the app's minSdk)
    private static final Map<String, String> SEXES = table("female", "female", "f", "female", "woman", "female", "male", "male", "m", "male", "man", "male");
    private static final Map<String, String> STATES = table("rest", "rest", "resting", "rest", "exercise", "exercise", "exercising", "exercise");

    private static Map<String, String> table(String... kv) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    public final String name, sex, state;
    public final int age;

    public Profile(String name, int age, String sex, String state) {
        String n = name == null ? "" : String.join(" ", name.trim().split("\\s+"));
        if (n.isEmpty()) throw new RppgException("InvalidProfile", "empty name", "give a non-empty name");
        if (age < AGE_MIN || age > AGE_MAX) throw RppgException.invalidProfile("age " + age + " is out of range " + AGE_MIN + "–" + AGE_MAX + " years");
        this.name = n; this.age = age;
        this.sex = choice(sex, SEXES, "sex"); this.state = choice(state, STATES, "state");
    }

    private static String choice(String v, Map<String, String> table, String what) {
        String k = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
        if (!table.containsKey(k)) throw RppgException.invalidProfile("unknown " + what + " '" + v + "'; use one of " + new java.util.TreeSet<>(table.values()));
        return table.get(k);
    }

    public Profile withState(String state) { return new Profile(name, age, sex, state); }
}
