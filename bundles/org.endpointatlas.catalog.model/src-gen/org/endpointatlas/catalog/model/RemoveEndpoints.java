/**
 */
package org.endpointatlas.catalog.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remove Endpoints</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.RemoveEndpoints#getMatch <em>Match</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.RemoveEndpoints#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getRemoveEndpoints()
 * @model
 * @generated
 */
public interface RemoveEndpoints extends Operation {
	/**
	 * Returns the value of the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match</em>' containment reference.
	 * @see #setMatch(EndpointMatch)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getRemoveEndpoints_Match()
	 * @model containment="true"
	 * @generated
	 */
	EndpointMatch getMatch();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.RemoveEndpoints#getMatch <em>Match</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match</em>' containment reference.
	 * @see #getMatch()
	 * @generated
	 */
	void setMatch(EndpointMatch value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getRemoveEndpoints_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.RemoveEndpoints#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // RemoveEndpoints
