/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trust Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A root CA that the catalog endpoints chain to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getId <em>Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getName <em>Name</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getCertificate <em>Certificate</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.TrustAnchor#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor()
 * @model
 * @generated
 */
public interface TrustAnchor extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.TrustAnchor#getId <em>Id</em>}' attribute.
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
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.TrustAnchor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.TrustAnchor#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 fingerprint of the CA certificate, hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.TrustAnchor#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Certificate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PEM text, optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate</em>' attribute.
	 * @see #setCertificate(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Certificate()
	 * @model
	 * @generated
	 */
	String getCertificate();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.TrustAnchor#getCertificate <em>Certificate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate</em>' attribute.
	 * @see #getCertificate()
	 * @generated
	 */
	void setCertificate(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.SourceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getTrustAnchor_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceRef> getSources();

} // TrustAnchor
