/*******************************************************************************
 * Copyright (c) 2026 DDI Studio contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.ddistudio.dsl;

import org.ddistudio.dsl.conversion.DdiValueConverters;
import org.ddistudio.dsl.documentation.DocumentationComputer;
import org.ddistudio.dsl.formatting2.DdiFormatter;
import org.ddistudio.dsl.linking.DdiLinkingDiagnosticMessageProvider;
import org.ddistudio.dsl.linking.DdiLinkingService;
import org.ddistudio.dsl.parser.DdiSyntaxErrorMessages;
import org.ddistudio.dsl.resource.DdiResource;
import org.ddistudio.dsl.scoping.DdiImportedNamespaceScopeProvider;
import org.ddistudio.dsl.scoping.DdiQualifiedNameProvider;
import org.ddistudio.dsl.validation.DdiDiagnosticConverter;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.DerivedStateAwareResourceDescriptionManager;
import org.eclipse.xtext.resource.IDerivedStateComputer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime bindings of the DDI language, on top of the generated defaults. */
public class DdiRuntimeModule extends AbstractDdiRuntimeModule {

	/** Hex and decimal numbers, pointer stars, GUID literals. */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return DdiValueConverters.class;
	}

	/** Own-package names resolve without an import, like C names in one project. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(DdiImportedNamespaceScopeProvider.class);
	}

	/** Xtext's qualified names, without its global cache of simple names (performance). */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return DdiQualifiedNameProvider.class;
	}

	/** Names of top-level types looked up once per file where files cannot change (the command line). */
	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return DdiLinkingService.class;
	}

	/** Unresolved references get stable issue codes and domain wording. */
	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return DdiLinkingDiagnosticMessageProvider.class;
	}

	/**
	 * Documentation comments are copied into the model after parsing (derived state); where files do
	 * not change, the node model can be detached right after parsing.
	 */
	public Class<? extends XtextResource> bindXtextResource() {
		return DdiResource.class;
	}

	/** Findings of files whose node model was detached are placed exactly as with it. */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return DdiDiagnosticConverter.class;
	}

	public Class<? extends IDerivedStateComputer> bindIDerivedStateComputer() {
		return DocumentationComputer.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return DerivedStateAwareResourceDescriptionManager.class;
	}

	/** The canonical layout of .ddi files. */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return DdiFormatter.class;
	}

	/**
	 * No EMF EObjectValidator: its diagnostics (unresolved proxies, multiplicities) repeat what the
	 * parser and linker already report under stable codes, in EMF's internal wording
	 * ("The feature 'declared' of 'TypeRefImpl@...'"), which is no message for a driver developer.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	/** Syntax errors and number conversion errors under stable codes. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return DdiSyntaxErrorMessages.class;
	}

	/** Only comments opened with slash-star-star are documentation; plain block comments are not. */
	public void configureDocumentationStartTag(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(MultiLineCommentDocumentationProvider.START_TAG)).to("/\\*\\*");
	}
}
