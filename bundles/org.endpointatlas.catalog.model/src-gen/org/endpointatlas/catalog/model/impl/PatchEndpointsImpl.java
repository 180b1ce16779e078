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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.PatchEndpoints;
import org.endpointatlas.catalog.model.Status;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patch Endpoints</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getMatch <em>Match</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getAddRoles <em>Add Roles</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getAddConstraints <em>Add Constraints</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchEndpointsImpl extends OperationImpl implements PatchEndpoints {
	/**
	 * The cached value of the '{@link #getMatch() <em>Match</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatch()
	 * @generated
	 * @ordered
	 */
	protected EndpointMatch match;

	/**
	 * The cached value of the '{@link #getAddRoles() <em>Add Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addRoles;

	/**
	 * The cached value of the '{@link #getAddConstraints() <em>Add Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<Constraint> addConstraints;

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
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

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
	protected PatchEndpointsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.PATCH_ENDPOINTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointMatch getMatch() {
		return match;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatch(EndpointMatch newMatch, NotificationChain msgs) {
		EndpointMatch oldMatch = match;
		match = newMatch;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__MATCH, oldMatch, newMatch);
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
	public void setMatch(EndpointMatch newMatch) {
		if (newMatch != match) {
			NotificationChain msgs = null;
			if (match != null)
				msgs = ((InternalEObject)match).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PATCH_ENDPOINTS__MATCH, null, msgs);
			if (newMatch != null)
				msgs = ((InternalEObject)newMatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.PATCH_ENDPOINTS__MATCH, null, msgs);
			msgs = basicSetMatch(newMatch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__MATCH, newMatch, newMatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddRoles() {
		if (addRoles == null) {
			addRoles = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.PATCH_ENDPOINTS__ADD_ROLES);
		}
		return addRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Constraint> getAddConstraints() {
		if (addConstraints == null) {
			addConstraints = new EObjectContainmentEList<Constraint>(Constraint.class, this, CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS);
		}
		return addConstraints;
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
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		Status oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CatalogPackage.PATCH_ENDPOINTS__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__VALID_FROM, oldValidFrom, validFrom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__VALID_UNTIL, oldValidUntil, validUntil));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.PATCH_ENDPOINTS__REPLACED_BY, oldReplacedBy, replacedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNotes() {
		if (notes == null) {
			notes = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.PATCH_ENDPOINTS__NOTES);
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
			case CatalogPackage.PATCH_ENDPOINTS__MATCH:
				return basicSetMatch(null, msgs);
			case CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS:
				return ((InternalEList<?>)getAddConstraints()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.PATCH_ENDPOINTS__MATCH:
				return getMatch();
			case CatalogPackage.PATCH_ENDPOINTS__ADD_ROLES:
				return getAddRoles();
			case CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS:
				return getAddConstraints();
			case CatalogPackage.PATCH_ENDPOINTS__STATUS:
				return getStatus();
			case CatalogPackage.PATCH_ENDPOINTS__VALID_FROM:
				return getValidFrom();
			case CatalogPackage.PATCH_ENDPOINTS__VALID_UNTIL:
				return getValidUntil();
			case CatalogPackage.PATCH_ENDPOINTS__REPLACED_BY:
				return getReplacedBy();
			case CatalogPackage.PATCH_ENDPOINTS__NOTES:
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
			case CatalogPackage.PATCH_ENDPOINTS__MATCH:
				setMatch((EndpointMatch)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__ADD_ROLES:
				getAddRoles().clear();
				getAddRoles().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS:
				getAddConstraints().clear();
				getAddConstraints().addAll((Collection<? extends Constraint>)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__STATUS:
				setStatus((Status)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__VALID_FROM:
				setValidFrom((String)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__VALID_UNTIL:
				setValidUntil((String)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__REPLACED_BY:
				setReplacedBy((String)newValue);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__NOTES:
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
			case CatalogPackage.PATCH_ENDPOINTS__MATCH:
				setMatch((EndpointMatch)null);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__ADD_ROLES:
				getAddRoles().clear();
				return;
			case CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS:
				getAddConstraints().clear();
				return;
			case CatalogPackage.PATCH_ENDPOINTS__STATUS:
				unsetStatus();
				return;
			case CatalogPackage.PATCH_ENDPOINTS__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__REPLACED_BY:
				setReplacedBy(REPLACED_BY_EDEFAULT);
				return;
			case CatalogPackage.PATCH_ENDPOINTS__NOTES:
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
			case CatalogPackage.PATCH_ENDPOINTS__MATCH:
				return match != null;
			case CatalogPackage.PATCH_ENDPOINTS__ADD_ROLES:
				return addRoles != null && !addRoles.isEmpty();
			case CatalogPackage.PATCH_ENDPOINTS__ADD_CONSTRAINTS:
				return addConstraints != null && !addConstraints.isEmpty();
			case CatalogPackage.PATCH_ENDPOINTS__STATUS:
				return isSetStatus();
			case CatalogPackage.PATCH_ENDPOINTS__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case CatalogPackage.PATCH_ENDPOINTS__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case CatalogPackage.PATCH_ENDPOINTS__REPLACED_BY:
				return REPLACED_BY_EDEFAULT == null ? replacedBy != null : !REPLACED_BY_EDEFAULT.equals(replacedBy);
			case CatalogPackage.PATCH_ENDPOINTS__NOTES:
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
		result.append(" (addRoles: ");
		result.append(addRoles);
		result.append(", status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(", replacedBy: ");
		result.append(replacedBy);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //PatchEndpointsImpl
