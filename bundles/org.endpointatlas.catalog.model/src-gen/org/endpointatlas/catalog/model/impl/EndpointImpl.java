/**
 */
package org.endpointatlas.catalog.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Category;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Condition;
import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Status;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getPathAndQuery <em>Path And Query</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getClouds <em>Clouds</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getProbeHost <em>Probe Host</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getProbeHostSource <em>Probe Host Source</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#isExample <em>Example</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.EndpointImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointImpl extends EObjectImpl implements Endpoint {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected static final Scheme SCHEME_EDEFAULT = Scheme.ANY;

	/**
	 * The cached value of the '{@link #getScheme() <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheme()
	 * @generated
	 * @ordered
	 */
	protected Scheme scheme = SCHEME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<PortRange> ports;

	/**
	 * The default value of the '{@link #getPathAndQuery() <em>Path And Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathAndQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_AND_QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathAndQuery() <em>Path And Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathAndQuery()
	 * @generated
	 * @ordered
	 */
	protected String pathAndQuery = PATH_AND_QUERY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addresses;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roles;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final Category CATEGORY_EDEFAULT = Category.NONE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected Category category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClouds() <em>Clouds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClouds()
	 * @generated
	 * @ordered
	 */
	protected EList<Cloud> clouds;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected String validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final String VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected String validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Status STATUS_EDEFAULT = Status.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Status status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplacedBy() <em>Replaced By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLACED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplacedBy() <em>Replaced By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedBy()
	 * @generated
	 * @ordered
	 */
	protected String replacedBy = REPLACED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConstraints() <em>Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<Constraint> constraints;

	/**
	 * The default value of the '{@link #getProbeHost() <em>Probe Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeHost()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBE_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProbeHost() <em>Probe Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeHost()
	 * @generated
	 * @ordered
	 */
	protected String probeHost = PROBE_HOST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProbeHostSource() <em>Probe Host Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeHostSource()
	 * @generated
	 * @ordered
	 */
	protected SourceRef probeHostSource;

	/**
	 * The default value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXAMPLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected boolean example = EXAMPLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceRef> sources;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheme getScheme() {
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheme(Scheme newScheme) {
		Scheme oldScheme = scheme;
		scheme = newScheme == null ? SCHEME_EDEFAULT : newScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__SCHEME, oldScheme, scheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PortRange> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<PortRange>(PortRange.class, this, CatalogPackage.ENDPOINT__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathAndQuery() {
		return pathAndQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathAndQuery(String newPathAndQuery) {
		String oldPathAndQuery = pathAndQuery;
		pathAndQuery = newPathAndQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PATH_AND_QUERY, oldPathAndQuery, pathAndQuery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddresses() {
		if (addresses == null) {
			addresses = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.ENDPOINT__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.ENDPOINT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(Category newCategory) {
		Category oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId() {
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId) {
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__EXTERNAL_ID, oldExternalId, externalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cloud> getClouds() {
		if (clouds == null) {
			clouds = new EDataTypeUniqueEList<Cloud>(Cloud.class, this, CatalogPackage.ENDPOINT__CLOUDS);
		}
		return clouds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, CatalogPackage.ENDPOINT__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(String newValidFrom) {
		String oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValidUntil() {
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(String newValidUntil) {
		String oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Status getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Status newStatus) {
		Status oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplacedBy() {
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacedBy(String newReplacedBy) {
		String oldReplacedBy = replacedBy;
		replacedBy = newReplacedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__REPLACED_BY, oldReplacedBy, replacedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Constraint> getConstraints() {
		if (constraints == null) {
			constraints = new EObjectContainmentEList<Constraint>(Constraint.class, this, CatalogPackage.ENDPOINT__CONSTRAINTS);
		}
		return constraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProbeHost() {
		return probeHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeHost(String newProbeHost) {
		String oldProbeHost = probeHost;
		probeHost = newProbeHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PROBE_HOST, oldProbeHost, probeHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef getProbeHostSource() {
		return probeHostSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProbeHostSource(SourceRef newProbeHostSource, NotificationChain msgs) {
		SourceRef oldProbeHostSource = probeHostSource;
		probeHostSource = newProbeHostSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE, oldProbeHostSource, newProbeHostSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeHostSource(SourceRef newProbeHostSource) {
		if (newProbeHostSource != probeHostSource) {
			NotificationChain msgs = null;
			if (probeHostSource != null)
				msgs = ((InternalEObject)probeHostSource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE, null, msgs);
			if (newProbeHostSource != null)
				msgs = ((InternalEObject)newProbeHostSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE, null, msgs);
			msgs = basicSetProbeHostSource(newProbeHostSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE, newProbeHostSource, newProbeHostSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(boolean newExample) {
		boolean oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ENDPOINT__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceRef> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<SourceRef>(SourceRef.class, this, CatalogPackage.ENDPOINT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.ENDPOINT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.ENDPOINT__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case CatalogPackage.ENDPOINT__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
				return ((InternalEList<?>)getConstraints()).basicRemove(otherEnd, msgs);
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
				return basicSetProbeHostSource(null, msgs);
			case CatalogPackage.ENDPOINT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.ENDPOINT__ID:
				return getId();
			case CatalogPackage.ENDPOINT__PATTERN:
				return getPattern();
			case CatalogPackage.ENDPOINT__SCHEME:
				return getScheme();
			case CatalogPackage.ENDPOINT__PORTS:
				return getPorts();
			case CatalogPackage.ENDPOINT__PATH_AND_QUERY:
				return getPathAndQuery();
			case CatalogPackage.ENDPOINT__ADDRESSES:
				return getAddresses();
			case CatalogPackage.ENDPOINT__PURPOSE:
				return getPurpose();
			case CatalogPackage.ENDPOINT__ROLES:
				return getRoles();
			case CatalogPackage.ENDPOINT__REQUIRED:
				return isRequired();
			case CatalogPackage.ENDPOINT__CATEGORY:
				return getCategory();
			case CatalogPackage.ENDPOINT__EXTERNAL_ID:
				return getExternalId();
			case CatalogPackage.ENDPOINT__CLOUDS:
				return getClouds();
			case CatalogPackage.ENDPOINT__CONDITIONS:
				return getConditions();
			case CatalogPackage.ENDPOINT__VALID_FROM:
				return getValidFrom();
			case CatalogPackage.ENDPOINT__VALID_UNTIL:
				return getValidUntil();
			case CatalogPackage.ENDPOINT__STATUS:
				return getStatus();
			case CatalogPackage.ENDPOINT__REPLACED_BY:
				return getReplacedBy();
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
				return getConstraints();
			case CatalogPackage.ENDPOINT__PROBE_HOST:
				return getProbeHost();
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
				return getProbeHostSource();
			case CatalogPackage.ENDPOINT__EXAMPLE:
				return isExample();
			case CatalogPackage.ENDPOINT__SOURCES:
				return getSources();
			case CatalogPackage.ENDPOINT__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.ENDPOINT__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__PATTERN:
				setPattern((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__SCHEME:
				setScheme((Scheme)newValue);
				return;
			case CatalogPackage.ENDPOINT__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends PortRange>)newValue);
				return;
			case CatalogPackage.ENDPOINT__PATH_AND_QUERY:
				setPathAndQuery((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.ENDPOINT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.ENDPOINT__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case CatalogPackage.ENDPOINT__CATEGORY:
				setCategory((Category)newValue);
				return;
			case CatalogPackage.ENDPOINT__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__CLOUDS:
				getClouds().clear();
				getClouds().addAll((Collection<? extends Cloud>)newValue);
				return;
			case CatalogPackage.ENDPOINT__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case CatalogPackage.ENDPOINT__VALID_FROM:
				setValidFrom((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__VALID_UNTIL:
				setValidUntil((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__STATUS:
				setStatus((Status)newValue);
				return;
			case CatalogPackage.ENDPOINT__REPLACED_BY:
				setReplacedBy((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
				getConstraints().clear();
				getConstraints().addAll((Collection<? extends Constraint>)newValue);
				return;
			case CatalogPackage.ENDPOINT__PROBE_HOST:
				setProbeHost((String)newValue);
				return;
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
				setProbeHostSource((SourceRef)newValue);
				return;
			case CatalogPackage.ENDPOINT__EXAMPLE:
				setExample((Boolean)newValue);
				return;
			case CatalogPackage.ENDPOINT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends SourceRef>)newValue);
				return;
			case CatalogPackage.ENDPOINT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.ENDPOINT__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__SCHEME:
				setScheme(SCHEME_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__PORTS:
				getPorts().clear();
				return;
			case CatalogPackage.ENDPOINT__PATH_AND_QUERY:
				setPathAndQuery(PATH_AND_QUERY_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__ADDRESSES:
				getAddresses().clear();
				return;
			case CatalogPackage.ENDPOINT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__ROLES:
				getRoles().clear();
				return;
			case CatalogPackage.ENDPOINT__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__CLOUDS:
				getClouds().clear();
				return;
			case CatalogPackage.ENDPOINT__CONDITIONS:
				getConditions().clear();
				return;
			case CatalogPackage.ENDPOINT__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__REPLACED_BY:
				setReplacedBy(REPLACED_BY_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
				getConstraints().clear();
				return;
			case CatalogPackage.ENDPOINT__PROBE_HOST:
				setProbeHost(PROBE_HOST_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
				setProbeHostSource((SourceRef)null);
				return;
			case CatalogPackage.ENDPOINT__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case CatalogPackage.ENDPOINT__SOURCES:
				getSources().clear();
				return;
			case CatalogPackage.ENDPOINT__NOTES:
				getNotes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.ENDPOINT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.ENDPOINT__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case CatalogPackage.ENDPOINT__SCHEME:
				return scheme != SCHEME_EDEFAULT;
			case CatalogPackage.ENDPOINT__PORTS:
				return ports != null && !ports.isEmpty();
			case CatalogPackage.ENDPOINT__PATH_AND_QUERY:
				return PATH_AND_QUERY_EDEFAULT == null ? pathAndQuery != null : !PATH_AND_QUERY_EDEFAULT.equals(pathAndQuery);
			case CatalogPackage.ENDPOINT__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case CatalogPackage.ENDPOINT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CatalogPackage.ENDPOINT__ROLES:
				return roles != null && !roles.isEmpty();
			case CatalogPackage.ENDPOINT__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case CatalogPackage.ENDPOINT__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case CatalogPackage.ENDPOINT__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case CatalogPackage.ENDPOINT__CLOUDS:
				return clouds != null && !clouds.isEmpty();
			case CatalogPackage.ENDPOINT__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CatalogPackage.ENDPOINT__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case CatalogPackage.ENDPOINT__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case CatalogPackage.ENDPOINT__STATUS:
				return status != STATUS_EDEFAULT;
			case CatalogPackage.ENDPOINT__REPLACED_BY:
				return REPLACED_BY_EDEFAULT == null ? replacedBy != null : !REPLACED_BY_EDEFAULT.equals(replacedBy);
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
				return constraints != null && !constraints.isEmpty();
			case CatalogPackage.ENDPOINT__PROBE_HOST:
				return PROBE_HOST_EDEFAULT == null ? probeHost != null : !PROBE_HOST_EDEFAULT.equals(probeHost);
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
				return probeHostSource != null;
			case CatalogPackage.ENDPOINT__EXAMPLE:
				return example != EXAMPLE_EDEFAULT;
			case CatalogPackage.ENDPOINT__SOURCES:
				return sources != null && !sources.isEmpty();
			case CatalogPackage.ENDPOINT__NOTES:
				return notes != null && !notes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", scheme: ");
		result.append(scheme);
		result.append(", pathAndQuery: ");
		result.append(pathAndQuery);
		result.append(", addresses: ");
		result.append(addresses);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", roles: ");
		result.append(roles);
		result.append(", required: ");
		result.append(required);
		result.append(", category: ");
		result.append(category);
		result.append(", externalId: ");
		result.append(externalId);
		result.append(", clouds: ");
		result.append(clouds);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(", status: ");
		result.append(status);
		result.append(", replacedBy: ");
		result.append(replacedBy);
		result.append(", probeHost: ");
		result.append(probeHost);
		result.append(", example: ");
		result.append(example);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
