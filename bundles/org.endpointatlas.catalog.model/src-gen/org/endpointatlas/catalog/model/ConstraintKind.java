/**
 */
package org.endpointatlas.catalog.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Constraint Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.endpointatlas.catalog.model.CatalogPackage#getConstraintKind()
 * @model
 * @generated
 */
public enum ConstraintKind implements Enumerator {
	/**
	 * The '<em><b>TLS12 CIPHER SUITES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS12_CIPHER_SUITES_VALUE
	 * @generated
	 * @ordered
	 */
	TLS12_CIPHER_SUITES(0, "TLS12_CIPHER_SUITES", "tls12-cipher-suites"),

	/**
	 * The '<em><b>NO TLS INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_TLS_INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	NO_TLS_INSPECTION(1, "NO_TLS_INSPECTION", "no-tls-inspection"),

	/**
	 * The '<em><b>UNAUTHENTICATED PROXY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNAUTHENTICATED_PROXY_VALUE
	 * @generated
	 * @ordered
	 */
	UNAUTHENTICATED_PROXY(2, "UNAUTHENTICATED_PROXY", "unauthenticated-proxy"),

	/**
	 * The '<em><b>BYTE RANGES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE_RANGES_VALUE
	 * @generated
	 * @ordered
	 */
	BYTE_RANGES(3, "BYTE_RANGES", "byte-ranges"),

	/**
	 * The '<em><b>LONG LIVED CONNECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_LIVED_CONNECTION_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_LIVED_CONNECTION(4, "LONG_LIVED_CONNECTION", "long-lived-connection");

	/**
	 * The '<em><b>TLS12 CIPHER SUITES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS12_CIPHER_SUITES
	 * @model literal="tls12-cipher-suites"
	 * @generated
	 * @ordered
	 */
	public static final int TLS12_CIPHER_SUITES_VALUE = 0;

	/**
	 * The '<em><b>NO TLS INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_TLS_INSPECTION
	 * @model literal="no-tls-inspection"
	 * @generated
	 * @ordered
	 */
	public static final int NO_TLS_INSPECTION_VALUE = 1;

	/**
	 * The '<em><b>UNAUTHENTICATED PROXY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNAUTHENTICATED_PROXY
	 * @model literal="unauthenticated-proxy"
	 * @generated
	 * @ordered
	 */
	public static final int UNAUTHENTICATED_PROXY_VALUE = 2;

	/**
	 * The '<em><b>BYTE RANGES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE_RANGES
	 * @model literal="byte-ranges"
	 * @generated
	 * @ordered
	 */
	public static final int BYTE_RANGES_VALUE = 3;

	/**
	 * The '<em><b>LONG LIVED CONNECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_LIVED_CONNECTION
	 * @model literal="long-lived-connection"
	 * @generated
	 * @ordered
	 */
	public static final int LONG_LIVED_CONNECTION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Constraint Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConstraintKind[] VALUES_ARRAY =
		new ConstraintKind[] {
			TLS12_CIPHER_SUITES,
			NO_TLS_INSPECTION,
			UNAUTHENTICATED_PROXY,
			BYTE_RANGES,
			LONG_LIVED_CONNECTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Constraint Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConstraintKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Constraint Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConstraintKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Constraint Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConstraintKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Constraint Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintKind get(int value) {
		switch (value) {
			case TLS12_CIPHER_SUITES_VALUE: return TLS12_CIPHER_SUITES;
			case NO_TLS_INSPECTION_VALUE: return NO_TLS_INSPECTION;
			case UNAUTHENTICATED_PROXY_VALUE: return UNAUTHENTICATED_PROXY;
			case BYTE_RANGES_VALUE: return BYTE_RANGES;
			case LONG_LIVED_CONNECTION_VALUE: return LONG_LIVED_CONNECTION;
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
	private ConstraintKind(int value, String name, String literal) {
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
	
} //ConstraintKind
