/**
 */
package org.endpointatlas.catalog.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Replace Pattern</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.ReplacePattern#getMatch <em>Match</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.ReplacePattern#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.ReplacePattern#isNotDocumented <em>Not Documented</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getReplacePattern()
 * @model
 * @generated
 */
public interface ReplacePattern extends Operation {
	/**
	 * Returns the value of the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match</em>' containment reference.
	 * @see #setMatch(EndpointMatch)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getReplacePattern_Match()
	 * @model containment="true"
	 * @generated
	 */
	EndpointMatch getMatch();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.ReplacePattern#getMatch <em>Match</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match</em>' containment reference.
	 * @see #getMatch()
	 * @generated
	 */
	void setMatch(EndpointMatch value);

	/**
	 * Returns the value of the '<em><b>Replacement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replacement</em>' attribute.
	 * @see #setReplacement(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getReplacePattern_Replacement()
	 * @model
	 * @generated
	 */
	String getReplacement();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.ReplacePattern#getReplacement <em>Replacement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement</em>' attribute.
	 * @see #getReplacement()
	 * @generated
	 */
	void setReplacement(String value);

	/**
	 * Returns the value of the '<em><b>Not Documented</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The replacement is not documented for this cloud.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Documented</em>' attribute.
	 * @see #setNotDocumented(boolean)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getReplacePattern_NotDocumented()
	 * @model default="false"
	 * @generated
	 */
	boolean isNotDocumented();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.ReplacePattern#isNotDocumented <em>Not Documented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Documented</em>' attribute.
	 * @see #isNotDocumented()
	 * @generated
	 */
	void setNotDocumented(boolean value);

} // ReplacePattern
