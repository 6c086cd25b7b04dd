package dev.lua2java.engine;

import java.util.Collections;
import java.util.Map;

/**
 * The result of one calculation: the key stats as typed fields and every output key of the calc
 * modules in {@link #all()} (numbers as Double, text as String, flags as Boolean).
 */
public record Stats(
        double str, double dex, double intelligence,
        double life, double mana, double energyShield, double spirit,
        double armour, double evasion,
        double fireResist, double coldResist, double lightningResist, double chaosResist,
        double blockChance, double effectiveMovementSpeedMod,
        double averageHit, double speed, double critChance, double critMultiplier, double totalDps,
        Map<String, Object> all) {

    /** The output keys with a typed field, in display order. */
    public static final String[] KEYS = {"Str", "Dex", "Int", "Life", "Mana", "EnergyShield", "Spirit", "Armour",
        "Evasion", "FireResist", "ColdResist", "LightningResist", "ChaosResist", "BlockChance",
        "EffectiveMovementSpeedMod", "AverageHit", "Speed", "CritChance", "CritMultiplier", "TotalDPS"};

    static Stats of(Map<String, Object> output) {
        double[] v = new double[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            Object o = output.get(KEYS[i]);
            v[i] = o instanceof Double d ? d : 0.0;
        }
        return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17], v[18], v[19], Collections.unmodifiableMap(output));
    }

    /** Why the offence figures are zero, when the main skill is one the calc modules do not model. */
    public java.util.Optional<String> unsupported() {
        return all.get("Unsupported") instanceof String s && !s.isEmpty() ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** A typed or untyped output value by its key, e.g. {@code get("TotalDPS")}. */
    public Object get(String key) {
        return all.get(key);
    }
}
