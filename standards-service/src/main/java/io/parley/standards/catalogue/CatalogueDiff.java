package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The structured difference between two catalogue documents: one change per leaf (or per added or
 * removed object, array element or field) with its path, the value before and the value after. Arrays
 * are compared element by element, so inserting a term at the top shows as changes down the list: the
 * paths are those of the documents as stored, which is what a reader sees in each version.
 */
public final class CatalogueDiff {

    private CatalogueDiff() {
    }

    public static List<CatalogueApi.Change> between(JsonNode before, JsonNode after) {
        List<CatalogueApi.Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<CatalogueApi.Change> out) {
        boolean aMissing = a == null || a.isMissingNode() || a.isNull();
        boolean bMissing = b == null || b.isMissingNode() || b.isNull();
        if (aMissing && bMissing) {
            return;
        }
        if (!aMissing && !bMissing && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (!aMissing && !bMissing && a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (aMissing || bMissing || !a.equals(b)) {
            out.add(new CatalogueApi.Change(path, aMissing ? null : a, bMissing ? null : b));
        }
    }

}
