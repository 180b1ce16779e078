/**
 */
package org.endpointatlas.catalog.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.endpointatlas.catalog.edit.CatalogEditPlugin;

import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Endpoint;

/**
 * This is the item provider adapter for a {@link org.endpointatlas.catalog.model.Endpoint} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EndpointItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EndpointItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addPatternPropertyDescriptor(object);
			addSchemePropertyDescriptor(object);
			addPathAndQueryPropertyDescriptor(object);
			addAddressesPropertyDescriptor(object);
			addPurposePropertyDescriptor(object);
			addRolesPropertyDescriptor(object);
			addRequiredPropertyDescriptor(object);
			addCategoryPropertyDescriptor(object);
			addExternalIdPropertyDescriptor(object);
			addCloudsPropertyDescriptor(object);
			addValidFromPropertyDescriptor(object);
			addValidUntilPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addReplacedByPropertyDescriptor(object);
			addProbeHostPropertyDescriptor(object);
			addExamplePropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_id_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_pattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_pattern_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scheme feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSchemePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_scheme_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_scheme_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__SCHEME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Path And Query feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPathAndQueryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_pathAndQuery_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_pathAndQuery_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__PATH_AND_QUERY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Addresses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_addresses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_addresses_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__ADDRESSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purpose feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurposePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_purpose_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_purpose_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__PURPOSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Roles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_roles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_roles_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__ROLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Required feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequiredPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_required_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_required_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__REQUIRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_category_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_category_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__CATEGORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the External Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExternalIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_externalId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_externalId_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__EXTERNAL_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Clouds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCloudsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_clouds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_clouds_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__CLOUDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_validFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_validFrom_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__VALID_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_validUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_validUntil_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__VALID_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_status_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Replaced By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReplacedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_replacedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_replacedBy_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__REPLACED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Probe Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbeHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_probeHost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_probeHost_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__PROBE_HOST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Example feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExamplePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_example_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_example_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__EXAMPLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Endpoint_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Endpoint_notes_feature", "_UI_Endpoint_type"),
				 CatalogPackage.Literals.ENDPOINT__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CatalogPackage.Literals.ENDPOINT__PORTS);
			childrenFeatures.add(CatalogPackage.Literals.ENDPOINT__CONDITIONS);
			childrenFeatures.add(CatalogPackage.Literals.ENDPOINT__CONSTRAINTS);
			childrenFeatures.add(CatalogPackage.Literals.ENDPOINT__PROBE_HOST_SOURCE);
			childrenFeatures.add(CatalogPackage.Literals.ENDPOINT__SOURCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Endpoint.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Endpoint"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Endpoint)object).getPattern();
		return label == null || label.length() == 0 ?
			getString("_UI_Endpoint_type") :
			getString("_UI_Endpoint_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Endpoint.class)) {
			case CatalogPackage.ENDPOINT__ID:
			case CatalogPackage.ENDPOINT__PATTERN:
			case CatalogPackage.ENDPOINT__SCHEME:
			case CatalogPackage.ENDPOINT__PATH_AND_QUERY:
			case CatalogPackage.ENDPOINT__ADDRESSES:
			case CatalogPackage.ENDPOINT__PURPOSE:
			case CatalogPackage.ENDPOINT__ROLES:
			case CatalogPackage.ENDPOINT__REQUIRED:
			case CatalogPackage.ENDPOINT__CATEGORY:
			case CatalogPackage.ENDPOINT__EXTERNAL_ID:
			case CatalogPackage.ENDPOINT__CLOUDS:
			case CatalogPackage.ENDPOINT__VALID_FROM:
			case CatalogPackage.ENDPOINT__VALID_UNTIL:
			case CatalogPackage.ENDPOINT__STATUS:
			case CatalogPackage.ENDPOINT__REPLACED_BY:
			case CatalogPackage.ENDPOINT__PROBE_HOST:
			case CatalogPackage.ENDPOINT__EXAMPLE:
			case CatalogPackage.ENDPOINT__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CatalogPackage.ENDPOINT__PORTS:
			case CatalogPackage.ENDPOINT__CONDITIONS:
			case CatalogPackage.ENDPOINT__CONSTRAINTS:
			case CatalogPackage.ENDPOINT__PROBE_HOST_SOURCE:
			case CatalogPackage.ENDPOINT__SOURCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ENDPOINT__PORTS,
				 CatalogFactory.eINSTANCE.createPortRange()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ENDPOINT__CONDITIONS,
				 CatalogFactory.eINSTANCE.createCondition()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ENDPOINT__CONSTRAINTS,
				 CatalogFactory.eINSTANCE.createConstraint()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ENDPOINT__PROBE_HOST_SOURCE,
				 CatalogFactory.eINSTANCE.createSourceRef()));

		newChildDescriptors.add
			(createChildParameter
				(CatalogPackage.Literals.ENDPOINT__SOURCES,
				 CatalogFactory.eINSTANCE.createSourceRef()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == CatalogPackage.Literals.ENDPOINT__PROBE_HOST_SOURCE ||
			childFeature == CatalogPackage.Literals.ENDPOINT__SOURCES;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CatalogEditPlugin.INSTANCE;
	}

}
