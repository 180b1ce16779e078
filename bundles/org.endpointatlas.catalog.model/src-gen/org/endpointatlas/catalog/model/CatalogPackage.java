/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.endpointatlas.catalog.model.CatalogFactory
 * @model kind="package"
 * @generated
 */
public interface CatalogPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://endpointatlas.org/catalog/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "catalog";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogPackage eINSTANCE = org.endpointatlas.catalog.model.impl.CatalogPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.CatalogImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__SOURCES = 4;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__AREAS = 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__ROLES = 6;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PARAMETERS = 7;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__POLICIES = 8;

	/**
	 * The feature id for the '<em><b>Trust Anchors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__TRUST_ANCHORS = 9;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.SourceDocumentImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__PATH = 2;

	/**
	 * The feature id for the '<em><b>Repository</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__REPOSITORY = 3;

	/**
	 * The feature id for the '<em><b>Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__COMMIT = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DATE = 5;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__URL = 6;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.SourceRefImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSourceRef()
	 * @generated
	 */
	int SOURCE_REF = 2;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__DETAIL = 2;

	/**
	 * The number of structural features of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.RoleImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SOURCES = 3;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.ParameterImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__EXAMPLE = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__CHOICES = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__SOURCES = 5;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.ParameterChoiceImpl <em>Parameter Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.ParameterChoiceImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameterChoice()
	 * @generated
	 */
	int PARAMETER_CHOICE = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHOICE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHOICE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHOICE__HOSTS = 2;

	/**
	 * The number of structural features of the '<em>Parameter Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHOICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Parameter Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_CHOICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.PolicyImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ID = 0;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__PATTERN = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__CONSTRAINTS = 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__SOURCES = 4;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.TrustAnchorImpl <em>Trust Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.TrustAnchorImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getTrustAnchor()
	 * @generated
	 */
	int TRUST_ANCHOR = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__NAME = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Certificate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__CERTIFICATE = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR__SOURCES = 5;

	/**
	 * The number of structural features of the '<em>Trust Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Trust Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_ANCHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.FeatureAreaImpl <em>Feature Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.FeatureAreaImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getFeatureArea()
	 * @generated
	 */
	int FEATURE_AREA = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__STATUS = 3;

	/**
	 * The feature id for the '<em><b>See Also</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__SEE_ALSO = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__ENDPOINTS = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA__NOTES = 7;

	/**
	 * The number of structural features of the '<em>Feature Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Feature Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_AREA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.EndpointImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ID = 0;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PATTERN = 1;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SCHEME = 2;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PORTS = 3;

	/**
	 * The feature id for the '<em><b>Path And Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PATH_AND_QUERY = 4;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ADDRESSES = 5;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PURPOSE = 6;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ROLES = 7;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__REQUIRED = 8;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CATEGORY = 9;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__EXTERNAL_ID = 10;

	/**
	 * The feature id for the '<em><b>Clouds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CLOUDS = 11;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CONDITIONS = 12;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__VALID_FROM = 13;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__VALID_UNTIL = 14;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__STATUS = 15;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__REPLACED_BY = 16;

	/**
	 * The feature id for the '<em><b>Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CONSTRAINTS = 17;

	/**
	 * The feature id for the '<em><b>Probe Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PROBE_HOST = 18;

	/**
	 * The feature id for the '<em><b>Probe Host Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PROBE_HOST_SOURCE = 19;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__EXAMPLE = 20;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__SOURCES = 21;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NOTES = 22;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = 23;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.PortRangeImpl <em>Port Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.PortRangeImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPortRange()
	 * @generated
	 */
	int PORT_RANGE = 10;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__TRANSPORT = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE__TO = 2;

	/**
	 * The number of structural features of the '<em>Port Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Port Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.ConditionImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.ConstraintImpl <em>Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.ConstraintImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConstraint()
	 * @generated
	 */
	int CONSTRAINT = 12;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT__SOURCES = 3;

	/**
	 * The number of structural features of the '<em>Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTRAINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.OverlayImpl <em>Overlay</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.OverlayImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getOverlay()
	 * @generated
	 */
	int OVERLAY = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Cloud</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__CLOUD = 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__SOURCES = 4;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY__OPERATIONS = 5;

	/**
	 * The number of structural features of the '<em>Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Overlay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.OperationImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__OVERRIDE = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__SOURCES = 3;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.EndpointMatchImpl <em>Endpoint Match</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.EndpointMatchImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getEndpointMatch()
	 * @generated
	 */
	int ENDPOINT_MATCH = 15;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MATCH__PATTERN = 0;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MATCH__AREAS = 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MATCH__ROLES = 2;

	/**
	 * The number of structural features of the '<em>Endpoint Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MATCH_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Endpoint Match</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_MATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.AddAreaImpl <em>Add Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.AddAreaImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getAddArea()
	 * @generated
	 */
	int ADD_AREA = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Area</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA__AREA = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Add Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Add Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_AREA_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.AddEndpointImpl <em>Add Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.AddEndpointImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getAddEndpoint()
	 * @generated
	 */
	int ADD_ENDPOINT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__AREA = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT__ENDPOINT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Add Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Add Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADD_ENDPOINT_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.RemoveEndpointsImpl <em>Remove Endpoints</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.RemoveEndpointsImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getRemoveEndpoints()
	 * @generated
	 */
	int REMOVE_ENDPOINTS = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__MATCH = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS__REASON = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Remove Endpoints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Remove Endpoints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMOVE_ENDPOINTS_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.ReplacePatternImpl <em>Replace Pattern</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.ReplacePatternImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getReplacePattern()
	 * @generated
	 */
	int REPLACE_PATTERN = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__MATCH = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Replacement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__REPLACEMENT = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Not Documented</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN__NOT_DOCUMENTED = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Replace Pattern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Replace Pattern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLACE_PATTERN_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.SetParameterImpl <em>Set Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.SetParameterImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSetParameter()
	 * @generated
	 */
	int SET_PARAMETER = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__NAME = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER__VALUE = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Set Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Set Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PARAMETER_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl <em>Patch Endpoints</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.impl.PatchEndpointsImpl
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPatchEndpoints()
	 * @generated
	 */
	int PATCH_ENDPOINTS = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__ID = OPERATION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__DESCRIPTION = OPERATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__OVERRIDE = OPERATION__OVERRIDE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__SOURCES = OPERATION__SOURCES;

	/**
	 * The feature id for the '<em><b>Match</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__MATCH = OPERATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Add Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__ADD_ROLES = OPERATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Add Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__ADD_CONSTRAINTS = OPERATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__STATUS = OPERATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__VALID_FROM = OPERATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__VALID_UNTIL = OPERATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__REPLACED_BY = OPERATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS__NOTES = OPERATION_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Patch Endpoints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS_FEATURE_COUNT = OPERATION_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Patch Endpoints</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_ENDPOINTS_OPERATION_COUNT = OPERATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.Status <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.Status
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 22;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.Scheme <em>Scheme</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.Scheme
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getScheme()
	 * @generated
	 */
	int SCHEME = 23;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.Transport <em>Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.Transport
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getTransport()
	 * @generated
	 */
	int TRANSPORT = 24;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.Cloud <em>Cloud</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.Cloud
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCloud()
	 * @generated
	 */
	int CLOUD = 25;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.Category <em>Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.Category
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 26;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.ParameterType
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 27;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.ConditionKind <em>Condition Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.ConditionKind
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConditionKind()
	 * @generated
	 */
	int CONDITION_KIND = 28;

	/**
	 * The meta object id for the '{@link org.endpointatlas.catalog.model.ConstraintKind <em>Constraint Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.endpointatlas.catalog.model.ConstraintKind
	 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConstraintKind()
	 * @generated
	 */
	int CONSTRAINT_KIND = 29;


	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Catalog#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getId()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Catalog#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getDescription()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getSources()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getAreas()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getRoles()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getParameters()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getPolicies()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Catalog#getTrustAnchors <em>Trust Anchors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trust Anchors</em>'.
	 * @see org.endpointatlas.catalog.model.Catalog#getTrustAnchors()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_TrustAnchors();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getId()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getTitle()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getPath()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getRepository <em>Repository</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repository</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getRepository()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Repository();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getCommit <em>Commit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getCommit()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Commit();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getDate()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceDocument#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.endpointatlas.catalog.model.SourceDocument#getUrl()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Url();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.SourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Ref</em>'.
	 * @see org.endpointatlas.catalog.model.SourceRef
	 * @generated
	 */
	EClass getSourceRef();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceRef#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.endpointatlas.catalog.model.SourceRef#getDocument()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceRef#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.endpointatlas.catalog.model.SourceRef#getSection()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SourceRef#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.endpointatlas.catalog.model.SourceRef#getDetail()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Detail();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.endpointatlas.catalog.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Role#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Role#getId()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Role#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Role#getSources()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Parameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getDescription()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Parameter#getExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getExample()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Example();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Parameter#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Choices</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getChoices()
	 * @see #getParameter()
	 * @generated
	 */
	EReference getParameter_Choices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Parameter#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Parameter#getSources()
	 * @see #getParameter()
	 * @generated
	 */
	EReference getParameter_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.ParameterChoice <em>Parameter Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Choice</em>'.
	 * @see org.endpointatlas.catalog.model.ParameterChoice
	 * @generated
	 */
	EClass getParameterChoice();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.ParameterChoice#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.endpointatlas.catalog.model.ParameterChoice#getValue()
	 * @see #getParameterChoice()
	 * @generated
	 */
	EAttribute getParameterChoice_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.ParameterChoice#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.endpointatlas.catalog.model.ParameterChoice#getLabel()
	 * @see #getParameterChoice()
	 * @generated
	 */
	EAttribute getParameterChoice_Label();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.ParameterChoice#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hosts</em>'.
	 * @see org.endpointatlas.catalog.model.ParameterChoice#getHosts()
	 * @see #getParameterChoice()
	 * @generated
	 */
	EAttribute getParameterChoice_Hosts();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see org.endpointatlas.catalog.model.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Policy#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Policy#getId()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Policy#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.endpointatlas.catalog.model.Policy#getPattern()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Policy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Policy#getDescription()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Policy#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see org.endpointatlas.catalog.model.Policy#getConstraints()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Constraints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Policy#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Policy#getSources()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.TrustAnchor <em>Trust Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trust Anchor</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor
	 * @generated
	 */
	EClass getTrustAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.TrustAnchor#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getId()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EAttribute getTrustAnchor_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.TrustAnchor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getName()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EAttribute getTrustAnchor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.TrustAnchor#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getSubject()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EAttribute getTrustAnchor_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.TrustAnchor#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getSha256()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EAttribute getTrustAnchor_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.TrustAnchor#getCertificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getCertificate()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EAttribute getTrustAnchor_Certificate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.TrustAnchor#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.TrustAnchor#getSources()
	 * @see #getTrustAnchor()
	 * @generated
	 */
	EReference getTrustAnchor_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.FeatureArea <em>Feature Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Area</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea
	 * @generated
	 */
	EClass getFeatureArea();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.FeatureArea#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getId()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.FeatureArea#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getName()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.FeatureArea#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getDescription()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.FeatureArea#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getStatus()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_Status();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.FeatureArea#getSeeAlso <em>See Also</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>See Also</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getSeeAlso()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_SeeAlso();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.FeatureArea#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getSources()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EReference getFeatureArea_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.FeatureArea#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getEndpoints()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EReference getFeatureArea_Endpoints();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.FeatureArea#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.endpointatlas.catalog.model.FeatureArea#getNotes()
	 * @see #getFeatureArea()
	 * @generated
	 */
	EAttribute getFeatureArea_Notes();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getPattern()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getScheme()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Scheme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Endpoint#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getPorts()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Ports();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getPathAndQuery <em>Path And Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path And Query</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getPathAndQuery()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_PathAndQuery();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.Endpoint#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getAddresses()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getPurpose()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Purpose();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.Endpoint#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getRoles()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Roles();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#isRequired()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getCategory()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getExternalId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ExternalId();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.Endpoint#getClouds <em>Clouds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Clouds</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getClouds()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Clouds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Endpoint#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getConditions()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getValidFrom()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getValidUntil()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ValidUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getStatus()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replaced By</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getReplacedBy()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ReplacedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Endpoint#getConstraints <em>Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Constraints</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getConstraints()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Constraints();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#getProbeHost <em>Probe Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Host</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getProbeHost()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_ProbeHost();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.Endpoint#getProbeHostSource <em>Probe Host Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Probe Host Source</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getProbeHostSource()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_ProbeHostSource();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Endpoint#isExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#isExample()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Example();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Endpoint#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getSources()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Sources();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.Endpoint#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.endpointatlas.catalog.model.Endpoint#getNotes()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Notes();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.PortRange <em>Port Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port Range</em>'.
	 * @see org.endpointatlas.catalog.model.PortRange
	 * @generated
	 */
	EClass getPortRange();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PortRange#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see org.endpointatlas.catalog.model.PortRange#getTransport()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_Transport();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PortRange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.endpointatlas.catalog.model.PortRange#getFrom()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_From();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PortRange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.endpointatlas.catalog.model.PortRange#getTo()
	 * @see #getPortRange()
	 * @generated
	 */
	EAttribute getPortRange_To();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.endpointatlas.catalog.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Condition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.endpointatlas.catalog.model.Condition#getKind()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Condition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.endpointatlas.catalog.model.Condition#getValue()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Condition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Condition#getDescription()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Description();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Constraint <em>Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Constraint</em>'.
	 * @see org.endpointatlas.catalog.model.Constraint
	 * @generated
	 */
	EClass getConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Constraint#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.endpointatlas.catalog.model.Constraint#getKind()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Constraint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.endpointatlas.catalog.model.Constraint#getValue()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Constraint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Constraint#getDescription()
	 * @see #getConstraint()
	 * @generated
	 */
	EAttribute getConstraint_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Constraint#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Constraint#getSources()
	 * @see #getConstraint()
	 * @generated
	 */
	EReference getConstraint_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Overlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay
	 * @generated
	 */
	EClass getOverlay();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Overlay#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getId()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Overlay#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getName()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Overlay#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getDescription()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Overlay#getCloud <em>Cloud</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cloud</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getCloud()
	 * @see #getOverlay()
	 * @generated
	 */
	EAttribute getOverlay_Cloud();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Overlay#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getSources()
	 * @see #getOverlay()
	 * @generated
	 */
	EReference getOverlay_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Overlay#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.endpointatlas.catalog.model.Overlay#getOperations()
	 * @see #getOverlay()
	 * @generated
	 */
	EReference getOverlay_Operations();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.endpointatlas.catalog.model.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Operation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.endpointatlas.catalog.model.Operation#getId()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Operation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.endpointatlas.catalog.model.Operation#getDescription()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.Operation#isOverride <em>Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override</em>'.
	 * @see org.endpointatlas.catalog.model.Operation#isOverride()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Override();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.Operation#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.endpointatlas.catalog.model.Operation#getSources()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Sources();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.EndpointMatch <em>Endpoint Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint Match</em>'.
	 * @see org.endpointatlas.catalog.model.EndpointMatch
	 * @generated
	 */
	EClass getEndpointMatch();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.EndpointMatch#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.endpointatlas.catalog.model.EndpointMatch#getPattern()
	 * @see #getEndpointMatch()
	 * @generated
	 */
	EAttribute getEndpointMatch_Pattern();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.EndpointMatch#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Areas</em>'.
	 * @see org.endpointatlas.catalog.model.EndpointMatch#getAreas()
	 * @see #getEndpointMatch()
	 * @generated
	 */
	EAttribute getEndpointMatch_Areas();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.EndpointMatch#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.endpointatlas.catalog.model.EndpointMatch#getRoles()
	 * @see #getEndpointMatch()
	 * @generated
	 */
	EAttribute getEndpointMatch_Roles();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.AddArea <em>Add Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Add Area</em>'.
	 * @see org.endpointatlas.catalog.model.AddArea
	 * @generated
	 */
	EClass getAddArea();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.AddArea#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Area</em>'.
	 * @see org.endpointatlas.catalog.model.AddArea#getArea()
	 * @see #getAddArea()
	 * @generated
	 */
	EReference getAddArea_Area();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.AddEndpoint <em>Add Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Add Endpoint</em>'.
	 * @see org.endpointatlas.catalog.model.AddEndpoint
	 * @generated
	 */
	EClass getAddEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.AddEndpoint#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.endpointatlas.catalog.model.AddEndpoint#getArea()
	 * @see #getAddEndpoint()
	 * @generated
	 */
	EAttribute getAddEndpoint_Area();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.AddEndpoint#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Endpoint</em>'.
	 * @see org.endpointatlas.catalog.model.AddEndpoint#getEndpoint()
	 * @see #getAddEndpoint()
	 * @generated
	 */
	EReference getAddEndpoint_Endpoint();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.RemoveEndpoints <em>Remove Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remove Endpoints</em>'.
	 * @see org.endpointatlas.catalog.model.RemoveEndpoints
	 * @generated
	 */
	EClass getRemoveEndpoints();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.RemoveEndpoints#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match</em>'.
	 * @see org.endpointatlas.catalog.model.RemoveEndpoints#getMatch()
	 * @see #getRemoveEndpoints()
	 * @generated
	 */
	EReference getRemoveEndpoints_Match();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.RemoveEndpoints#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.endpointatlas.catalog.model.RemoveEndpoints#getReason()
	 * @see #getRemoveEndpoints()
	 * @generated
	 */
	EAttribute getRemoveEndpoints_Reason();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.ReplacePattern <em>Replace Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Replace Pattern</em>'.
	 * @see org.endpointatlas.catalog.model.ReplacePattern
	 * @generated
	 */
	EClass getReplacePattern();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.ReplacePattern#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match</em>'.
	 * @see org.endpointatlas.catalog.model.ReplacePattern#getMatch()
	 * @see #getReplacePattern()
	 * @generated
	 */
	EReference getReplacePattern_Match();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.ReplacePattern#getReplacement <em>Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replacement</em>'.
	 * @see org.endpointatlas.catalog.model.ReplacePattern#getReplacement()
	 * @see #getReplacePattern()
	 * @generated
	 */
	EAttribute getReplacePattern_Replacement();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.ReplacePattern#isNotDocumented <em>Not Documented</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Documented</em>'.
	 * @see org.endpointatlas.catalog.model.ReplacePattern#isNotDocumented()
	 * @see #getReplacePattern()
	 * @generated
	 */
	EAttribute getReplacePattern_NotDocumented();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.SetParameter <em>Set Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Parameter</em>'.
	 * @see org.endpointatlas.catalog.model.SetParameter
	 * @generated
	 */
	EClass getSetParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SetParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.endpointatlas.catalog.model.SetParameter#getName()
	 * @see #getSetParameter()
	 * @generated
	 */
	EAttribute getSetParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.SetParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.endpointatlas.catalog.model.SetParameter#getValue()
	 * @see #getSetParameter()
	 * @generated
	 */
	EAttribute getSetParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.endpointatlas.catalog.model.PatchEndpoints <em>Patch Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patch Endpoints</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints
	 * @generated
	 */
	EClass getPatchEndpoints();

	/**
	 * Returns the meta object for the containment reference '{@link org.endpointatlas.catalog.model.PatchEndpoints#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Match</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getMatch()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EReference getPatchEndpoints_Match();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.PatchEndpoints#getAddRoles <em>Add Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Add Roles</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getAddRoles()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_AddRoles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.endpointatlas.catalog.model.PatchEndpoints#getAddConstraints <em>Add Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Add Constraints</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getAddConstraints()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EReference getPatchEndpoints_AddConstraints();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PatchEndpoints#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getStatus()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getValidFrom()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PatchEndpoints#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getValidUntil()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_ValidUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.endpointatlas.catalog.model.PatchEndpoints#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replaced By</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getReplacedBy()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_ReplacedBy();

	/**
	 * Returns the meta object for the attribute list '{@link org.endpointatlas.catalog.model.PatchEndpoints#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see org.endpointatlas.catalog.model.PatchEndpoints#getNotes()
	 * @see #getPatchEndpoints()
	 * @generated
	 */
	EAttribute getPatchEndpoints_Notes();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.endpointatlas.catalog.model.Status
	 * @generated
	 */
	EEnum getStatus();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scheme</em>'.
	 * @see org.endpointatlas.catalog.model.Scheme
	 * @generated
	 */
	EEnum getScheme();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.Transport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport</em>'.
	 * @see org.endpointatlas.catalog.model.Transport
	 * @generated
	 */
	EEnum getTransport();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.Cloud <em>Cloud</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cloud</em>'.
	 * @see org.endpointatlas.catalog.model.Cloud
	 * @generated
	 */
	EEnum getCloud();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Category</em>'.
	 * @see org.endpointatlas.catalog.model.Category
	 * @generated
	 */
	EEnum getCategory();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see org.endpointatlas.catalog.model.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.ConditionKind <em>Condition Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Kind</em>'.
	 * @see org.endpointatlas.catalog.model.ConditionKind
	 * @generated
	 */
	EEnum getConditionKind();

	/**
	 * Returns the meta object for enum '{@link org.endpointatlas.catalog.model.ConstraintKind <em>Constraint Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Constraint Kind</em>'.
	 * @see org.endpointatlas.catalog.model.ConstraintKind
	 * @generated
	 */
	EEnum getConstraintKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CatalogFactory getCatalogFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.CatalogImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__ID = eINSTANCE.getCatalog_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__DESCRIPTION = eINSTANCE.getCatalog_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__SOURCES = eINSTANCE.getCatalog_Sources();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__AREAS = eINSTANCE.getCatalog_Areas();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__ROLES = eINSTANCE.getCatalog_Roles();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__PARAMETERS = eINSTANCE.getCatalog_Parameters();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__POLICIES = eINSTANCE.getCatalog_Policies();

		/**
		 * The meta object literal for the '<em><b>Trust Anchors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__TRUST_ANCHORS = eINSTANCE.getCatalog_TrustAnchors();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.SourceDocumentImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__ID = eINSTANCE.getSourceDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__TITLE = eINSTANCE.getSourceDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__PATH = eINSTANCE.getSourceDocument_Path();

		/**
		 * The meta object literal for the '<em><b>Repository</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__REPOSITORY = eINSTANCE.getSourceDocument_Repository();

		/**
		 * The meta object literal for the '<em><b>Commit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__COMMIT = eINSTANCE.getSourceDocument_Commit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__DATE = eINSTANCE.getSourceDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__URL = eINSTANCE.getSourceDocument_Url();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.SourceRefImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSourceRef()
		 * @generated
		 */
		EClass SOURCE_REF = eINSTANCE.getSourceRef();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__DOCUMENT = eINSTANCE.getSourceRef_Document();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__SECTION = eINSTANCE.getSourceRef_Section();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__DETAIL = eINSTANCE.getSourceRef_Detail();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.RoleImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__ID = eINSTANCE.getRole_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__SOURCES = eINSTANCE.getRole_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.ParameterImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESCRIPTION = eINSTANCE.getParameter_Description();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__EXAMPLE = eINSTANCE.getParameter_Example();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER__CHOICES = eINSTANCE.getParameter_Choices();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER__SOURCES = eINSTANCE.getParameter_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.ParameterChoiceImpl <em>Parameter Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.ParameterChoiceImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameterChoice()
		 * @generated
		 */
		EClass PARAMETER_CHOICE = eINSTANCE.getParameterChoice();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CHOICE__VALUE = eINSTANCE.getParameterChoice_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CHOICE__LABEL = eINSTANCE.getParameterChoice_Label();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_CHOICE__HOSTS = eINSTANCE.getParameterChoice_Hosts();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.PolicyImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__ID = eINSTANCE.getPolicy_Id();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__PATTERN = eINSTANCE.getPolicy_Pattern();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__DESCRIPTION = eINSTANCE.getPolicy_Description();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__CONSTRAINTS = eINSTANCE.getPolicy_Constraints();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__SOURCES = eINSTANCE.getPolicy_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.TrustAnchorImpl <em>Trust Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.TrustAnchorImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getTrustAnchor()
		 * @generated
		 */
		EClass TRUST_ANCHOR = eINSTANCE.getTrustAnchor();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_ANCHOR__ID = eINSTANCE.getTrustAnchor_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_ANCHOR__NAME = eINSTANCE.getTrustAnchor_Name();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_ANCHOR__SUBJECT = eINSTANCE.getTrustAnchor_Subject();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_ANCHOR__SHA256 = eINSTANCE.getTrustAnchor_Sha256();

		/**
		 * The meta object literal for the '<em><b>Certificate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_ANCHOR__CERTIFICATE = eINSTANCE.getTrustAnchor_Certificate();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST_ANCHOR__SOURCES = eINSTANCE.getTrustAnchor_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.FeatureAreaImpl <em>Feature Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.FeatureAreaImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getFeatureArea()
		 * @generated
		 */
		EClass FEATURE_AREA = eINSTANCE.getFeatureArea();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__ID = eINSTANCE.getFeatureArea_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__NAME = eINSTANCE.getFeatureArea_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__DESCRIPTION = eINSTANCE.getFeatureArea_Description();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__STATUS = eINSTANCE.getFeatureArea_Status();

		/**
		 * The meta object literal for the '<em><b>See Also</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__SEE_ALSO = eINSTANCE.getFeatureArea_SeeAlso();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_AREA__SOURCES = eINSTANCE.getFeatureArea_Sources();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_AREA__ENDPOINTS = eINSTANCE.getFeatureArea_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_AREA__NOTES = eINSTANCE.getFeatureArea_Notes();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.EndpointImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ID = eINSTANCE.getEndpoint_Id();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PATTERN = eINSTANCE.getEndpoint_Pattern();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__SCHEME = eINSTANCE.getEndpoint_Scheme();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__PORTS = eINSTANCE.getEndpoint_Ports();

		/**
		 * The meta object literal for the '<em><b>Path And Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PATH_AND_QUERY = eINSTANCE.getEndpoint_PathAndQuery();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ADDRESSES = eINSTANCE.getEndpoint_Addresses();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PURPOSE = eINSTANCE.getEndpoint_Purpose();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ROLES = eINSTANCE.getEndpoint_Roles();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__REQUIRED = eINSTANCE.getEndpoint_Required();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__CATEGORY = eINSTANCE.getEndpoint_Category();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__EXTERNAL_ID = eINSTANCE.getEndpoint_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Clouds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__CLOUDS = eINSTANCE.getEndpoint_Clouds();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__CONDITIONS = eINSTANCE.getEndpoint_Conditions();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__VALID_FROM = eINSTANCE.getEndpoint_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__VALID_UNTIL = eINSTANCE.getEndpoint_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__STATUS = eINSTANCE.getEndpoint_Status();

		/**
		 * The meta object literal for the '<em><b>Replaced By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__REPLACED_BY = eINSTANCE.getEndpoint_ReplacedBy();

		/**
		 * The meta object literal for the '<em><b>Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__CONSTRAINTS = eINSTANCE.getEndpoint_Constraints();

		/**
		 * The meta object literal for the '<em><b>Probe Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__PROBE_HOST = eINSTANCE.getEndpoint_ProbeHost();

		/**
		 * The meta object literal for the '<em><b>Probe Host Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__PROBE_HOST_SOURCE = eINSTANCE.getEndpoint_ProbeHostSource();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__EXAMPLE = eINSTANCE.getEndpoint_Example();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__SOURCES = eINSTANCE.getEndpoint_Sources();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__NOTES = eINSTANCE.getEndpoint_Notes();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.PortRangeImpl <em>Port Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.PortRangeImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPortRange()
		 * @generated
		 */
		EClass PORT_RANGE = eINSTANCE.getPortRange();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__TRANSPORT = eINSTANCE.getPortRange_Transport();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__FROM = eINSTANCE.getPortRange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_RANGE__TO = eINSTANCE.getPortRange_To();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.ConditionImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__KIND = eINSTANCE.getCondition_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__VALUE = eINSTANCE.getCondition_Value();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__DESCRIPTION = eINSTANCE.getCondition_Description();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.ConstraintImpl <em>Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.ConstraintImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConstraint()
		 * @generated
		 */
		EClass CONSTRAINT = eINSTANCE.getConstraint();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__KIND = eINSTANCE.getConstraint_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__VALUE = eINSTANCE.getConstraint_Value();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTRAINT__DESCRIPTION = eINSTANCE.getConstraint_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSTRAINT__SOURCES = eINSTANCE.getConstraint_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.OverlayImpl <em>Overlay</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.OverlayImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getOverlay()
		 * @generated
		 */
		EClass OVERLAY = eINSTANCE.getOverlay();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__ID = eINSTANCE.getOverlay_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__NAME = eINSTANCE.getOverlay_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__DESCRIPTION = eINSTANCE.getOverlay_Description();

		/**
		 * The meta object literal for the '<em><b>Cloud</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY__CLOUD = eINSTANCE.getOverlay_Cloud();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY__SOURCES = eINSTANCE.getOverlay_Sources();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY__OPERATIONS = eINSTANCE.getOverlay_Operations();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.OperationImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__ID = eINSTANCE.getOperation_Id();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__DESCRIPTION = eINSTANCE.getOperation_Description();

		/**
		 * The meta object literal for the '<em><b>Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__OVERRIDE = eINSTANCE.getOperation_Override();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__SOURCES = eINSTANCE.getOperation_Sources();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.EndpointMatchImpl <em>Endpoint Match</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.EndpointMatchImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getEndpointMatch()
		 * @generated
		 */
		EClass ENDPOINT_MATCH = eINSTANCE.getEndpointMatch();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MATCH__PATTERN = eINSTANCE.getEndpointMatch_Pattern();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MATCH__AREAS = eINSTANCE.getEndpointMatch_Areas();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT_MATCH__ROLES = eINSTANCE.getEndpointMatch_Roles();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.AddAreaImpl <em>Add Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.AddAreaImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getAddArea()
		 * @generated
		 */
		EClass ADD_AREA = eINSTANCE.getAddArea();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADD_AREA__AREA = eINSTANCE.getAddArea_Area();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.AddEndpointImpl <em>Add Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.AddEndpointImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getAddEndpoint()
		 * @generated
		 */
		EClass ADD_ENDPOINT = eINSTANCE.getAddEndpoint();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADD_ENDPOINT__AREA = eINSTANCE.getAddEndpoint_Area();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADD_ENDPOINT__ENDPOINT = eINSTANCE.getAddEndpoint_Endpoint();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.RemoveEndpointsImpl <em>Remove Endpoints</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.RemoveEndpointsImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getRemoveEndpoints()
		 * @generated
		 */
		EClass REMOVE_ENDPOINTS = eINSTANCE.getRemoveEndpoints();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMOVE_ENDPOINTS__MATCH = eINSTANCE.getRemoveEndpoints_Match();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMOVE_ENDPOINTS__REASON = eINSTANCE.getRemoveEndpoints_Reason();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.ReplacePatternImpl <em>Replace Pattern</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.ReplacePatternImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getReplacePattern()
		 * @generated
		 */
		EClass REPLACE_PATTERN = eINSTANCE.getReplacePattern();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLACE_PATTERN__MATCH = eINSTANCE.getReplacePattern_Match();

		/**
		 * The meta object literal for the '<em><b>Replacement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLACE_PATTERN__REPLACEMENT = eINSTANCE.getReplacePattern_Replacement();

		/**
		 * The meta object literal for the '<em><b>Not Documented</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLACE_PATTERN__NOT_DOCUMENTED = eINSTANCE.getReplacePattern_NotDocumented();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.SetParameterImpl <em>Set Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.SetParameterImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getSetParameter()
		 * @generated
		 */
		EClass SET_PARAMETER = eINSTANCE.getSetParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PARAMETER__NAME = eINSTANCE.getSetParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PARAMETER__VALUE = eINSTANCE.getSetParameter_Value();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.impl.PatchEndpointsImpl <em>Patch Endpoints</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.impl.PatchEndpointsImpl
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getPatchEndpoints()
		 * @generated
		 */
		EClass PATCH_ENDPOINTS = eINSTANCE.getPatchEndpoints();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_ENDPOINTS__MATCH = eINSTANCE.getPatchEndpoints_Match();

		/**
		 * The meta object literal for the '<em><b>Add Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__ADD_ROLES = eINSTANCE.getPatchEndpoints_AddRoles();

		/**
		 * The meta object literal for the '<em><b>Add Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_ENDPOINTS__ADD_CONSTRAINTS = eINSTANCE.getPatchEndpoints_AddConstraints();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__STATUS = eINSTANCE.getPatchEndpoints_Status();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__VALID_FROM = eINSTANCE.getPatchEndpoints_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__VALID_UNTIL = eINSTANCE.getPatchEndpoints_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Replaced By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__REPLACED_BY = eINSTANCE.getPatchEndpoints_ReplacedBy();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_ENDPOINTS__NOTES = eINSTANCE.getPatchEndpoints_Notes();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.Status <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.Status
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getStatus()
		 * @generated
		 */
		EEnum STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.Scheme <em>Scheme</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.Scheme
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getScheme()
		 * @generated
		 */
		EEnum SCHEME = eINSTANCE.getScheme();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.Transport <em>Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.Transport
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getTransport()
		 * @generated
		 */
		EEnum TRANSPORT = eINSTANCE.getTransport();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.Cloud <em>Cloud</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.Cloud
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCloud()
		 * @generated
		 */
		EEnum CLOUD = eINSTANCE.getCloud();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.Category <em>Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.Category
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getCategory()
		 * @generated
		 */
		EEnum CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.ParameterType
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.ConditionKind <em>Condition Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.ConditionKind
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConditionKind()
		 * @generated
		 */
		EEnum CONDITION_KIND = eINSTANCE.getConditionKind();

		/**
		 * The meta object literal for the '{@link org.endpointatlas.catalog.model.ConstraintKind <em>Constraint Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.endpointatlas.catalog.model.ConstraintKind
		 * @see org.endpointatlas.catalog.model.impl.CatalogPackageImpl#getConstraintKind()
		 * @generated
		 */
		EEnum CONSTRAINT_KIND = eINSTANCE.getConstraintKind();

	}

} //CatalogPackage
