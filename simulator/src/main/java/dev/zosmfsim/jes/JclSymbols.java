package dev.zosmfsim.jes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JCL symbols of a submitted job: those the submit defines (z/OSMF's X-IBM-JCL-Symbol-name headers) and JES2's
 * {@code &SYSUID}, the submitter's userid. {@code &name.} and {@code &name} in JCL statements take the value (the
 * period ends the name: {@code &SYSUID..DATA} is {@code COLIN.DATA}); comments and instream data are left as they
 * are, and so is a symbol nothing defines.
 */
final class JclSymbols {

    private static final Pattern SYMBOL = Pattern.compile("&([A-Z@#$][A-Z0-9@#$]{0,7})(\\.?)");

    private JclSymbols() {
    }

    static List<String> substitute(List<String> cards, Map<String, String> defined, String submitter) {
        Map<String, String> symbols = new java.util.HashMap<>(defined);
        symbols.putIfAbsent("SYSUID", submitter);
        List<String> result = new ArrayList<>();
        for (String card : cards) {
            if (!card.startsWith("//") || card.startsWith("//*")) {
                result.add(card);
                continue;
            }
            Matcher matcher = SYMBOL.matcher(card);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = symbols.get(matcher.group(1));
                matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
            }
            matcher.appendTail(out);
            result.add(out.toString());
        }
        return result;
    }
}
