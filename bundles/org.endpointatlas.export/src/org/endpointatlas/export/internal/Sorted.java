package org.endpointatlas.export.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sorted, unique string lists for the writers, linear when the input is sorted already (the catalog's own order). */
final class Sorted {

	private Sorted() {
	}

	static List<String> unique(Collection<String> values) {
		List<String> list = new ArrayList<>(values);
		for (int i = 1; i < list.size(); i++) {
			if (list.get(i - 1).compareTo(list.get(i)) > 0) {
				list.sort(null);
				break;
			}
		}
		List<String> unique = new ArrayList<>(list.size());
		for (String value : list) {
			if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(value)) {
				unique.add(value);
			}
		}
		return unique;
	}
}
