/**
 */
package org.endpointatlas.catalog.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Condition Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.endpointatlas.catalog.model.CatalogPackage#getConditionKind()
 * @model
 * @generated
 */
public enum ConditionKind implements Enumerator {
	/**
	 * The '<em><b>CONFIGMGR VERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGMGR_VERSION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIGMGR_VERSION(0, "CONFIGMGR_VERSION", "configmgr-version"),

	/**
	 * The '<em><b>CMG DEPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMG_DEPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CMG_DEPLOYMENT(1, "CMG_DEPLOYMENT", "cmg-deployment"),

	/**
	 * The '<em><b>PROXY RESTRICTS REVOCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROXY_RESTRICTS_REVOCATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROXY_RESTRICTS_REVOCATION(2, "PROXY_RESTRICTS_REVOCATION", "proxy-restricts-revocation"),

	/**
	 * The '<em><b>MANAGED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGED_BY(3, "MANAGED_BY", "managed-by"),

	/**
	 * The '<em><b>FEATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURE_VALUE
	 * @generated
	 * @ordered
	 */
	FEATURE(4, "FEATURE", "feature");

	/**
	 * The '<em><b>CONFIGMGR VERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGMGR_VERSION
	 * @model literal="configmgr-version"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIGMGR_VERSION_VALUE = 0;

	/**
	 * The '<em><b>CMG DEPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMG_DEPLOYMENT
	 * @model literal="cmg-deployment"
	 * @generated
	 * @ordered
	 */
	public static final int CMG_DEPLOYMENT_VALUE = 1;

	/**
	 * The '<em><b>PROXY RESTRICTS REVOCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROXY_RESTRICTS_REVOCATION
	 * @model literal="proxy-restricts-revocation"
	 * @generated
	 * @ordered
	 */
	public static final int PROXY_RESTRICTS_REVOCATION_VALUE = 2;

	/**
	 * The '<em><b>MANAGED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGED_BY
	 * @model literal="managed-by"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGED_BY_VALUE = 3;

	/**
	 * The '<em><b>FEATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEATURE
	 * @model literal="feature"
	 * @generated
	 * @ordered
	 */
	public static final int FEATURE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Condition Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConditionKind[] VALUES_ARRAY =
		new ConditionKind[] {
			CONFIGMGR_VERSION,
			CMG_DEPLOYMENT,
			PROXY_RESTRICTS_REVOCATION,
			MANAGED_BY,
			FEATURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Condition Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConditionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Condition Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConditionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConditionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Condition Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConditionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConditionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Condition Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConditionKind get(int value) {
		switch (value) {
			case CONFIGMGR_VERSION_VALUE: return CONFIGMGR_VERSION;
			case CMG_DEPLOYMENT_VALUE: return CMG_DEPLOYMENT;
			case PROXY_RESTRICTS_REVOCATION_VALUE: return PROXY_RESTRICTS_REVOCATION;
			case MANAGED_BY_VALUE: return MANAGED_BY;
			case FEATURE_VALUE: return FEATURE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConditionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConditionKind
