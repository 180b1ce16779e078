/**
 */
package org.endpointatlas.catalog.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Add Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.AddArea#getArea <em>Area</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getAddArea()
 * @model
 * @generated
 */
public interface AddArea extends Operation {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' containment reference.
	 * @see #setArea(FeatureArea)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getAddArea_Area()
	 * @model containment="true"
	 * @generated
	 */
	FeatureArea getArea();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.AddArea#getArea <em>Area</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' containment reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(FeatureArea value);

} // AddArea
