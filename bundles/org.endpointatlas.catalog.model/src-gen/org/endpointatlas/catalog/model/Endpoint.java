/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One host pattern (or URL) that must be reachable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getId <em>Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getPathAndQuery <em>Path And Query</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#isRequired <em>Required</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getCategory <em>Category</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getClouds <em>Clouds</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getStatus <em>Status</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getProbeHost <em>Probe Host</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getProbeHostSource <em>Probe Host Source</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#isExample <em>Example</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getSources <em>Sources</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.Endpoint#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint()
 * @model
 * @generated
 */
public interface Endpoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional stable id, unique within the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host, *. wildcard, documented mid-label wildcard, or template with {parameter} placeholders; lowercase A-labels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * The default value is <code>"any"</code>.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Scheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Scheme
	 * @see #setScheme(Scheme)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Scheme()
	 * @model default="any"
	 * @generated
	 */
	Scheme getScheme();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Scheme
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(Scheme value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.PortRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty means the default ports of the scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<PortRange> getPorts();

	/**
	 * Returns the value of the '<em><b>Path And Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path And Query</em>' attribute.
	 * @see #setPathAndQuery(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_PathAndQuery()
	 * @model
	 * @generated
	 */
	String getPathAndQuery();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getPathAndQuery <em>Path And Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path And Query</em>' attribute.
	 * @see #getPathAndQuery()
	 * @generated
	 */
	void setPathAndQuery(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CIDR ranges where the documents give IPs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Addresses()
	 * @model
	 * @generated
	 */
	EList<String> getAddresses();

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the roles that connect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Roles()
	 * @model
	 * @generated
	 */
	EList<String> getRoles();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Required()
	 * @model default="true"
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Category}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Category
	 * @see #setCategory(Category)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Category()
	 * @model default="none"
	 * @generated
	 */
	Category getCategory();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Category
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(Category value);

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Microsoft's endpoint-set id, e.g. 163 for Intune.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Clouds</b></em>' attribute list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Cloud}.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Cloud}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clouds the entry applies to; empty means all clouds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clouds</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.Cloud
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Clouds()
	 * @model
	 * @generated
	 */
	EList<Cloud> getClouds();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO date or month (2025-03).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ValidFrom()
	 * @model
	 * @generated
	 */
	String getValidFrom();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getValidFrom <em>Valid From</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * ISO date or month; the entry is retired from then on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ValidUntil()
	 * @model
	 * @generated
	 */
	String getValidUntil();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"active"</code>.
	 * The literals are from the enumeration {@link org.endpointatlas.catalog.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Status
	 * @see #setStatus(Status)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Status()
	 * @model default="active"
	 * @generated
	 */
	Status getStatus();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.endpointatlas.catalog.model.Status
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Status value);

	/**
	 * Returns the value of the '<em><b>Replaced By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pattern of the endpoint that replaces this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replaced By</em>' attribute.
	 * @see #setReplacedBy(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ReplacedBy()
	 * @model
	 * @generated
	 */
	String getReplacedBy();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getReplacedBy <em>Replaced By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced By</em>' attribute.
	 * @see #getReplacedBy()
	 * @generated
	 */
	void setReplacedBy(String value);

	/**
	 * Returns the value of the '<em><b>Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.Constraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraints</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Constraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Constraint> getConstraints();

	/**
	 * Returns the value of the '<em><b>Probe Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Representative host to probe for a wildcard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probe Host</em>' attribute.
	 * @see #setProbeHost(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ProbeHost()
	 * @model
	 * @generated
	 */
	String getProbeHost();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getProbeHost <em>Probe Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Host</em>' attribute.
	 * @see #getProbeHost()
	 * @generated
	 */
	void setProbeHost(String value);

	/**
	 * Returns the value of the '<em><b>Probe Host Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probe Host Source</em>' containment reference.
	 * @see #setProbeHostSource(SourceRef)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_ProbeHostSource()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getProbeHostSource();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#getProbeHostSource <em>Probe Host Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Host Source</em>' containment reference.
	 * @see #getProbeHostSource()
	 * @generated
	 */
	void setProbeHostSource(SourceRef value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for illustrations that are not requirements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(boolean)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Example()
	 * @model default="false"
	 * @generated
	 */
	boolean isExample();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.Endpoint#isExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #isExample()
	 * @generated
	 */
	void setExample(boolean value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.endpointatlas.catalog.model.SourceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceRef> getSources();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data problems in the documents are recorded here, not hidden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getEndpoint_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

} // Endpoint
