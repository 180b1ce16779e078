package org.endpointatlas.ui.internal.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Opens windows with the Endpoint Atlas perspective. */
class AtlasWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AtlasWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EndpointAtlasUi.PERSPECTIVE_ID;
	}
}
