/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A port or port range with its transport.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.PortRange#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PortRange#getFrom <em>From</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PortRange#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getPortRange()
 * @model
 * @generated
 */
public interface PortRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The default value is <code>"tcp"</code>.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Transport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Transport
	 * @see #setTransport(Transport)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPortRange_Transport()
	 * @model default="tcp"
	 * @generated
	 */
	Transport getTransport();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PortRange#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Transport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(Transport value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(int)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPortRange_From()
	 * @model
	 * @generated
	 */
	int getFrom();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PortRange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(int value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last port of a range; 0 for a single port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(int)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPortRange_To()
	 * @model
	 * @generated
	 */
	int getTo();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PortRange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(int value);

} // PortRange
