package org.endpointatlas.catalog.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.core.lint.Problem;

/**
 * The lint findings of a model, attached to the objects they are about (by the line the linter names), for tree
 * decorations: an object carries its own worst severity, and its ancestors the worst severity below them.
 */
public final class Validation {

	private List<Problem> problems = List.of();
	private Map<EObject, Problem.Severity> marks = new HashMap<>();
	private Map<EObject, List<Problem>> own = new HashMap<>();
	private Map<Problem, EObject> objects = new IdentityHashMap<>();

	/**
	 * Replaces the findings.
	 *
	 * @return the objects whose decoration changed (to update their labels only)
	 */
	public Set<Object> update(List<Problem> newProblems, EditorResource resource, EObject root) {
		Map<Integer, EObject> byLine = new HashMap<>();
		for (EObject object : EditorResource.withContents(root)) {
			int line = resource.lineOf(object);
			if (line > 0) {
				byLine.putIfAbsent(line, object);
			}
		}
		Map<EObject, Problem.Severity> newMarks = new HashMap<>();
		Map<EObject, List<Problem>> newOwn = new HashMap<>();
		Map<Problem, EObject> newObjects = new IdentityHashMap<>();
		for (Problem problem : newProblems) {
			EObject object = byLine.get(problem.getLine());
			if (object == null) {
				continue;
			}
			newObjects.put(problem, object);
			newOwn.computeIfAbsent(object, o -> new ArrayList<>()).add(problem);
			for (EObject o = object; o != null; o = o.eContainer()) {
				newMarks.merge(o, problem.getSeverity(), Validation::worse);
			}
		}
		Set<Object> changed = new HashSet<>();
		Set<EObject> all = new HashSet<>(marks.keySet());
		all.addAll(newMarks.keySet());
		for (EObject object : all) {
			if (!Objects.equals(marks.get(object), newMarks.get(object)) || !Objects.equals(own.get(object), newOwn.get(object))) {
				changed.add(object);
			}
		}
		problems = List.copyOf(newProblems);
		marks = newMarks;
		own = newOwn;
		objects = newObjects;
		return changed;
	}

	private static Problem.Severity worse(Problem.Severity a, Problem.Severity b) {
		return a == Problem.Severity.ERROR || b == Problem.Severity.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING;
	}

	public List<Problem> getProblems() {
		return problems;
	}

	/** The worst severity at or below the object, or {@code null}. */
	public Problem.Severity severityOf(Object object) {
		return marks.get(object);
	}

	/** The findings about exactly this object. */
	public List<Problem> problemsOf(Object object) {
		return own.getOrDefault(object, List.of());
	}

	/** The object a finding is about, or {@code null} when its line names none (e.g. an object added since). */
	public EObject objectOf(Problem problem) {
		return objects.get(problem);
	}

	public long count(Problem.Severity severity) {
		return problems.stream().filter(p -> p.getSeverity() == severity).count();
	}
}
