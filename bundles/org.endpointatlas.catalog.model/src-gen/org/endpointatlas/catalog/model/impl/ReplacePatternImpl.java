/**
 */
package org.endpointatlas.catalog.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.ReplacePattern;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Replace Pattern</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.impl.ReplacePatternImpl#getMatch <em>Match</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.ReplacePatternImpl#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.impl.ReplacePatternImpl#isNotDocumented <em>Not Documented</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReplacePatternImpl extends OperationImpl implements ReplacePattern {
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
	 * The default value of the '{@link #getReplacement() <em>Replacement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacement()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLACEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplacement() <em>Replacement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacement()
	 * @generated
	 * @ordered
	 */
	protected String replacement = REPLACEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotDocumented() <em>Not Documented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotDocumented()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_DOCUMENTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotDocumented() <em>Not Documented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotDocumented()
	 * @generated
	 * @ordered
	 */
	protected boolean notDocumented = NOT_DOCUMENTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReplacePatternImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.REPLACE_PATTERN;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CatalogPackage.REPLACE_PATTERN__MATCH, oldMatch, newMatch);
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
				msgs = ((InternalEObject)match).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.REPLACE_PATTERN__MATCH, null, msgs);
			if (newMatch != null)
				msgs = ((InternalEObject)newMatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CatalogPackage.REPLACE_PATTERN__MATCH, null, msgs);
			msgs = basicSetMatch(newMatch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REPLACE_PATTERN__MATCH, newMatch, newMatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplacement() {
		return replacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacement(String newReplacement) {
		String oldReplacement = replacement;
		replacement = newReplacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REPLACE_PATTERN__REPLACEMENT, oldReplacement, replacement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotDocumented() {
		return notDocumented;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotDocumented(boolean newNotDocumented) {
		boolean oldNotDocumented = notDocumented;
		notDocumented = newNotDocumented;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.REPLACE_PATTERN__NOT_DOCUMENTED, oldNotDocumented, notDocumented));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.REPLACE_PATTERN__MATCH:
				return basicSetMatch(null, msgs);
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
			case CatalogPackage.REPLACE_PATTERN__MATCH:
				return getMatch();
			case CatalogPackage.REPLACE_PATTERN__REPLACEMENT:
				return getReplacement();
			case CatalogPackage.REPLACE_PATTERN__NOT_DOCUMENTED:
				return isNotDocumented();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.REPLACE_PATTERN__MATCH:
				setMatch((EndpointMatch)newValue);
				return;
			case CatalogPackage.REPLACE_PATTERN__REPLACEMENT:
				setReplacement((String)newValue);
				return;
			case CatalogPackage.REPLACE_PATTERN__NOT_DOCUMENTED:
				setNotDocumented((Boolean)newValue);
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
			case CatalogPackage.REPLACE_PATTERN__MATCH:
				setMatch((EndpointMatch)null);
				return;
			case CatalogPackage.REPLACE_PATTERN__REPLACEMENT:
				setReplacement(REPLACEMENT_EDEFAULT);
				return;
			case CatalogPackage.REPLACE_PATTERN__NOT_DOCUMENTED:
				setNotDocumented(NOT_DOCUMENTED_EDEFAULT);
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
			case CatalogPackage.REPLACE_PATTERN__MATCH:
				return match != null;
			case CatalogPackage.REPLACE_PATTERN__REPLACEMENT:
				return REPLACEMENT_EDEFAULT == null ? replacement != null : !REPLACEMENT_EDEFAULT.equals(replacement);
			case CatalogPackage.REPLACE_PATTERN__NOT_DOCUMENTED:
				return notDocumented != NOT_DOCUMENTED_EDEFAULT;
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
		result.append(" (replacement: ");
		result.append(replacement);
		result.append(", notDocumented: ");
		result.append(notDocumented);
		result.append(')');
		return result.toString();
	}

} //ReplacePatternImpl
