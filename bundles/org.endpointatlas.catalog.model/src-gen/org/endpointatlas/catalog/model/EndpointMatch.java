/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint Match</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects endpoints by pattern, scoped to areas and roles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.EndpointMatch#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.EndpointMatch#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.EndpointMatch#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpointMatch()
 * @model
 * @generated
 */
public interface EndpointMatch extends EObject {
	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpointMatch_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.EndpointMatch#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpointMatch_Areas()
	 * @model
	 * @generated
	 */
	EList<String> getAreas();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpointMatch_Roles()
	 * @model
	 * @generated
	 */
	EList<String> getRoles();

} // EndpointMatch
