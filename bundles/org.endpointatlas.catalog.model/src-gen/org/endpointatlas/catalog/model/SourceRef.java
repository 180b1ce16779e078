/**
 */
package org.endpointatlas.catalog.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a fact comes from: a document id and the section in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.endpointatlas.catalog.model.SourceRef#getDocument <em>Document</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.SourceRef#getSection <em>Section</em>}</li>
 *   <li>{@link org.endpointatlas.catalog.model.SourceRef#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.endpointatlas.catalog.model.CatalogPackage#getSourceRef()
 * @model
 * @generated
 */
public interface SourceRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a SourceDocument.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see #setDocument(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getSourceRef_Document()
	 * @model
	 * @generated
	 */
	String getDocument();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.SourceRef#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(String value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading of the section inside the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getSourceRef_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.SourceRef#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quote, table row or line that the fact comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.endpointatlas.catalog.model.CatalogPackage#getSourceRef_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.endpointatlas.catalog.model.SourceRef#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // SourceRef
