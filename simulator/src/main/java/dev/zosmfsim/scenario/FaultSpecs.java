package dev.zosmfsim.scenario;

import dev.zosmfsim.faults.FaultEffect;
import dev.zosmfsim.faults.FaultMatch;
import dev.zosmfsim.faults.FaultRule;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.faults.FaultTrigger;
import dev.zosmfsim.security.UserProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a fault rule as scenario files and the admin API write it into the model's {@link FaultRule}, and back (for
 * export). One place for both, so that a rule means the same wherever it comes from.
 */
public final class FaultSpecs {

    static final List<String> EFFECTS = List.of("delay", "error", "unavailable", "drop", "truncate", "stallHandshake",
            "trickle");

    private FaultSpecs() {
    }

    /** The rule {@code spec} describes; throws {@link SpecProblem} naming the field that is wrong. */
    public static FaultRule toRule(Scenario.FaultSpec spec) {
        if (spec == null) {
            throw new SpecProblem("", "expected a rule with an effect (and optionally name, match and when)");
        }
        FaultMatch match = match(spec.match());
        FaultTrigger trigger = trigger(spec.when());
        FaultEffect effect = effect(spec.effect());
        try {
            return new FaultRule(spec.name(), match, trigger, effect);
        } catch (IllegalArgumentException e) {
            throw new SpecProblem("match", e.getMessage());
        }
    }

    /** The spec that {@link #toRule} turns back into {@code rule}. */
    public static Scenario.FaultSpec toSpec(FaultRule rule) {
        FaultMatch match = rule.match();
        Scenario.FaultMatchSpec matchSpec = match.isEmpty() ? null : new Scenario.FaultMatchSpec(match.method(),
                match.path() == null ? null : match.path().pattern(),
                match.service() == null ? null : match.service().lowerCase(), match.userid(), match.console(),
                match.command() == null ? null : match.command().pattern());
        Scenario.FaultWhenSpec when;
        if (rule.trigger() instanceof FaultTrigger.First first) {
            when = new Scenario.FaultWhenSpec(first.count(), null, null);
        } else if (rule.trigger() instanceof FaultTrigger.After after) {
            when = new Scenario.FaultWhenSpec(null, after.count(), null);
        } else if (rule.trigger() instanceof FaultTrigger.Probability probability) {
            when = new Scenario.FaultWhenSpec(null, null, probability.value());
        } else {
            when = null;
        }
        return new Scenario.FaultSpec(rule.name(), matchSpec, when, effectSpec(rule.effect()));
    }

    private static FaultMatch match(Scenario.FaultMatchSpec spec) {
        if (spec == null) {
            return FaultMatch.any();
        }
        String method = spec.method();
        if (method != null && !method.matches("(?i)GET|PUT|POST|DELETE")) {
            throw new SpecProblem("match.method", "expected GET, PUT, POST or DELETE, got '" + method + "'");
        }
        FaultService service = null;
        if (spec.service() != null) {
            try {
                service = FaultService.parse(spec.service());
            } catch (IllegalArgumentException e) {
                throw new SpecProblem("match.service", e.getMessage());
            }
        }
        String user = null;
        if (spec.user() != null) {
            try {
                user = UserProfile.normalizeUserid(spec.user());
            } catch (IllegalArgumentException e) {
                throw new SpecProblem("match.user", e.getMessage());
            }
        }
        if (spec.console() != null && !spec.console().matches("(?i)[A-Z@#$][A-Z0-9@#$]{1,7}")) {
            throw new SpecProblem("match.console", "expected a console name of 2-8 characters of A-Z, 0-9, @, #"
                    + " or $, not starting with a digit, got '" + spec.console() + "'");
        }
        return new FaultMatch(method == null ? null : method.toUpperCase(java.util.Locale.ROOT),
                regex("match.path", spec.path(), 0), service, user,
                spec.console() == null ? null : spec.console().toUpperCase(java.util.Locale.ROOT),
                regex("match.command", spec.command(), Pattern.CASE_INSENSITIVE));
    }

    private static Pattern regex(String field, String text, int flags) {
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text, flags);
        } catch (PatternSyntaxException e) {
            throw new SpecProblem(field, "expected a regular expression: " + e.getDescription());
        }
    }

    private static FaultTrigger trigger(Scenario.FaultWhenSpec spec) {
        if (spec == null) {
            return new FaultTrigger.Always();
        }
        int given = (spec.first() == null ? 0 : 1) + (spec.after() == null ? 0 : 1)
                + (spec.probability() == null ? 0 : 1);
        if (given > 1) {
            throw new SpecProblem("when", "expected at most one of first, after or probability");
        }
        try {
            if (spec.first() != null) {
                return new FaultTrigger.First(spec.first());
            }
            if (spec.after() != null) {
                return new FaultTrigger.After(spec.after());
            }
            if (spec.probability() != null) {
                return new FaultTrigger.Probability(spec.probability());
            }
        } catch (IllegalArgumentException e) {
            String field = spec.first() != null ? "first" : spec.after() != null ? "after" : "probability";
            throw new SpecProblem("when." + field, e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
        return new FaultTrigger.Always();
    }

    private static FaultEffect effect(Scenario.FaultEffectSpec spec) {
        if (spec == null) {
            throw new SpecProblem("effect", "expected exactly one of " + String.join(", ", EFFECTS));
        }
        List<String> given = new ArrayList<>();
        if (spec.delay() != null) {
            given.add("delay");
        }
        if (spec.error() != null) {
            given.add("error");
        }
        if (Boolean.TRUE.equals(spec.unavailable())) {
            given.add("unavailable");
        }
        if (Boolean.TRUE.equals(spec.drop())) {
            given.add("drop");
        }
        if (spec.truncate() != null) {
            given.add("truncate");
        }
        if (Boolean.TRUE.equals(spec.stallHandshake())) {
            given.add("stallHandshake");
        }
        if (spec.trickle() != null) {
            given.add("trickle");
        }
        if (given.size() != 1) {
            throw new SpecProblem("effect", "expected exactly one of " + String.join(", ", EFFECTS)
                    + (given.isEmpty() ? "" : ", got " + String.join(" and ", given)));
        }
        try {
            switch (given.get(0)) {
                case "delay":
                    return new FaultEffect.Delay(duration("effect.delay", spec.delay()));
                case "error":
                    return error(spec.error());
                case "unavailable":
                    return new FaultEffect.Unavailable();
                case "drop":
                    return new FaultEffect.Drop();
                case "truncate":
                    return new FaultEffect.Truncate(spec.truncate());
                case "stallHandshake":
                    return new FaultEffect.StallHandshake();
                default:
                    return trickle(spec.trickle());
            }
        } catch (SpecProblem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SpecProblem("effect." + given.get(0), e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
    }

    private static FaultEffect error(Scenario.FaultErrorSpec spec) {
        if (spec.status() == null) {
            throw new SpecProblem("effect.error.status", "expected an HTTP status from 400 to 599");
        }
        Map<String, Object> body = spec.body() == null ? defaultErrorBody(spec.status()) : spec.body();
        return new FaultEffect.Error(spec.status(), body);
    }

    /** A z/OSMF-shaped body for an error rule that gives none. */
    private static Map<String, Object> defaultErrorBody(int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("returnCode", 8);
        body.put("reasonCode", status);
        body.put("message", "IZUG999E The request failed with status " + status + " (a zosmf-sim fault rule).");
        return body;
    }

    private static FaultEffect trickle(Scenario.FaultTrickleSpec spec) {
        if (spec.bytes() == null || spec.every() == null) {
            throw new SpecProblem("effect.trickle", "expected bytes (a count) and every (a duration such as 1s)");
        }
        return new FaultEffect.Trickle(spec.bytes(), duration("effect.trickle.every", spec.every()));
    }

    private static Duration duration(String field, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SpecProblem(field, e.getMessage());
        }
    }

    private static Scenario.FaultEffectSpec effectSpec(FaultEffect effect) {
        if (effect instanceof FaultEffect.Delay delay) {
            return new Scenario.FaultEffectSpec(DurationText.format(delay.duration()), null, null, null, null, null,
                    null);
        }
        if (effect instanceof FaultEffect.Error error) {
            return new Scenario.FaultEffectSpec(null, new Scenario.FaultErrorSpec(error.status(), error.body()), null,
                    null, null, null, null);
        }
        if (effect instanceof FaultEffect.Unavailable) {
            return new Scenario.FaultEffectSpec(null, null, true, null, null, null, null);
        }
        if (effect instanceof FaultEffect.Drop) {
            return new Scenario.FaultEffectSpec(null, null, null, true, null, null, null);
        }
        if (effect instanceof FaultEffect.Truncate truncate) {
            return new Scenario.FaultEffectSpec(null, null, null, null, truncate.bytes(), null, null);
        }
        if (effect instanceof FaultEffect.StallHandshake) {
            return new Scenario.FaultEffectSpec(null, null, null, null, null, true, null);
        }
        FaultEffect.Trickle trickle = (FaultEffect.Trickle) effect;
        return new Scenario.FaultEffectSpec(null, null, null, null, null, null,
                new Scenario.FaultTrickleSpec(trickle.bytes(), DurationText.format(trickle.every())));
    }
}
