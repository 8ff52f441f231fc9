package dev.zosmfsim.parmlib;

import dev.zosmfsim.cea.CeaParameters;
import dev.zosmfsim.datasets.Catalog;
import dev.zosmfsim.datasets.DataSet;
import dev.zosmfsim.datasets.DataSetName;
import dev.zosmfsim.datasets.Member;
import dev.zosmfsim.datasets.Records;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CEAPRMxx members of the parmlib concatenation, by suffix, read from the catalog each time they are asked for:
 * what {@code F CEA,CEA=(xx)} switches to. {@link #get} throws {@link ParmlibSyntaxException} for a member that does
 * not parse; the listing leaves such members out.
 */
public final class ParmlibCeaMembers extends AbstractMap<String, CeaParameters> {

    private final Catalog catalog;
    private final List<DataSetName> concatenation;

    public ParmlibCeaMembers(Catalog catalog, List<DataSetName> concatenation) {
        this.catalog = catalog;
        this.concatenation = List.copyOf(concatenation);
    }

    @Override
    public CeaParameters get(Object suffix) {
        if (!(suffix instanceof String text) || !text.matches("[A-Z0-9@#$]{2}")) {
            return null;
        }
        for (DataSetName library : concatenation) {
            DataSet dataSet = catalog.find(library).orElse(null);
            Member member = dataSet == null || !dataSet.partitioned() ? null : dataSet.members().get("CEAPRM" + text);
            if (member != null) {
                return CeaprmMember.parse(text, Records.lines(member.records(), dataSet.attributes()));
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object suffix) {
        try {
            return get(suffix) != null;
        } catch (ParmlibSyntaxException e) {
            return true;
        }
    }

    @Override
    public Set<Entry<String, CeaParameters>> entrySet() {
        Map<String, CeaParameters> members = new LinkedHashMap<>();
        for (DataSetName library : concatenation) {
            catalog.find(library).filter(DataSet::partitioned).ifPresent(dataSet -> dataSet.members().keySet()
                    .stream().filter(name -> name.startsWith("CEAPRM") && name.length() == 8)
                    .map(name -> name.substring(6)).filter(suffix -> !members.containsKey(suffix))
                    .forEach(suffix -> {
                        try {
                            members.put(suffix, get(suffix));
                        } catch (ParmlibSyntaxException e) {
                            // a member that does not parse is not one CEA can switch to
                        }
                    }));
        }
        return Map.copyOf(members).entrySet();
    }
}
