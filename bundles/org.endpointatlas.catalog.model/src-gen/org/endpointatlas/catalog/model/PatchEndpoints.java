/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patch Endpoints</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getMatch <em>Match</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getAddRoles <em>Add Roles</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getAddConstraints <em>Add Constraints</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getStatus <em>Status</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.PatchEndpoints#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints()
 * @model
 * @generated
 */
public interface PatchEndpoints extends Operation {
	/**
	 * Returns the value of the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Match</em>' containment reference.
	 * @see #setMatch(EndpointMatch)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_Match()
	 * @model containment="true"
	 * @generated
	 */
	EndpointMatch getMatch();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getMatch <em>Match</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Match</em>' containment reference.
	 * @see #getMatch()
	 * @generated
	 */
	void setMatch(EndpointMatch value);

	/**
	 * Returns the value of the '<em><b>Add Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Add Roles</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_AddRoles()
	 * @model
	 * @generated
	 */
	EList<String> getAddRoles();

	/**
	 * Returns the value of the '<em><b>Add Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Constraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Add Constraints</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_AddConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Constraint> getAddConstraints();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set only to change the status; unset leaves it as it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Status
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(Status)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	Status getStatus();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Status
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Status value);

	/**
	 * Unsets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Status)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(Status)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_ValidFrom()
	 * @model
	 * @generated
	 */
	String getValidFrom();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(String value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_ValidUntil()
	 * @model
	 * @generated
	 */
	String getValidUntil();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(String value);

	/**
	 * Returns the value of the '<em><b>Replaced By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replaced By</em>' attribute.
	 * @see #setReplacedBy(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_ReplacedBy()
	 * @model
	 * @generated
	 */
	String getReplacedBy();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.PatchEndpoints#getReplacedBy <em>Replaced By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced By</em>' attribute.
	 * @see #getReplacedBy()
	 * @generated
	 */
	void setReplacedBy(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getPatchEndpoints_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

} // PatchEndpoints
