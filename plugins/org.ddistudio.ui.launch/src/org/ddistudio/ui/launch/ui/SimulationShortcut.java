package org.ddistudio.ui.launch.ui;

import org.ddistudio.ui.launch.core.LaunchAttributes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;

/**
 * Run As > DDI Simulation on a .ddi file in the Project Explorer or its editor: reuses the file's
 * configuration, or creates one that simulates every scenario.
 */
public final class SimulationShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		IResource resource = getLaunchableResource(selection);
		if (resource instanceof IFile file) {
			launch(file, mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IResource resource = getLaunchableResource(editor);
		if (resource instanceof IFile file) {
			launch(file, mode);
		}
	}

	private static void launch(IFile file, String mode) {
		try {
			DebugUITools.launch(configurationFor(file), mode);
		} catch (CoreException e) {
			ILog.of(SimulationShortcut.class).error("cannot launch " + file.getFullPath(), e);
		}
	}

	/** The existing configuration for the file, or a new saved one. */
	public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
		ILaunchConfiguration[] existing = configurations(file);
		if (existing.length > 0) {
			return existing[0];
		}
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(file.getName()));
		new SimulationTab().setDefaults(copy);
		copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	private static ILaunchConfiguration[] configurations(IFile file) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		return java.util.Arrays.stream(manager.getLaunchConfigurations(manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID)))
				.filter(c -> file.getFullPath().toString().equals(attribute(c))).toArray(ILaunchConfiguration[]::new);
	}

	private static String attribute(ILaunchConfiguration configuration) {
		try {
			return configuration.getAttribute(LaunchAttributes.FILE, "");
		} catch (CoreException e) {
			return "";
		}
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return forResource(getLaunchableResource(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return forResource(getLaunchableResource(editor));
	}

	private static ILaunchConfiguration[] forResource(IResource resource) {
		if (!(resource instanceof IFile file)) {
			return null;
		}
		try {
			return configurations(file);
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return ddi(org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), IFile.class));
		}
		return null;
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return ddi(editor.getEditorInput().getAdapter(IFile.class));
	}

	private static IFile ddi(IFile file) {
		return file != null && "ddi".equals(file.getFileExtension()) ? file : null;
	}
}
