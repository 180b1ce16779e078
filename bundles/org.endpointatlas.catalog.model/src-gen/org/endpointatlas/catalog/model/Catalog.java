/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of feature areas with the roles, parameters, policies and trust anchors they refer to by id. Every area bundle contributes one catalog resource.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getId <em>Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getName <em>Name</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getVersion <em>Version</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getDescription <em>Description</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getSources <em>Sources</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Catalog#getTrustAnchors <em>Trust Anchors</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Catalog#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Catalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Catalog#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Catalog#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The documents this catalog was built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceDocument> getSources();

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.FeatureArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureArea> getAreas();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pattern-scoped constraints that span areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Trust Anchors</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.TrustAnchor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CAs that the endpoints are expected to chain to; the probe uses them to recognise TLS interception.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trust Anchors</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getCatalog_TrustAnchors()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrustAnchor> getTrustAnchors();

} // Catalog
