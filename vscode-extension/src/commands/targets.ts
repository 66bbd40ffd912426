import * as path from 'node:path';
import * as vscode from 'vscode';
import { languageId } from '../serverLocator';

/** A file or folder to hand to the command line, and the folder to run it in. */
export interface CommandTarget {
    readonly path: string;
    readonly cwd: string;
}

/** The policy file a command was invoked on: the explorer/editor argument, else the active editor. */
export function policyFileTarget(uri: unknown): CommandTarget | undefined {
    if (uri instanceof vscode.Uri && uri.scheme === 'file') {
        return fileTarget(uri);
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === languageId && document.uri.scheme === 'file') {
        return fileTarget(document.uri);
    }
    return undefined;
}

/** The file or folder argument, else the active policy file, else a workspace folder (asked when several). */
export async function policyFileOrFolderTarget(uri: unknown): Promise<CommandTarget | undefined> {
    const file = policyFileTarget(uri);
    if (file !== undefined) {
        return file;
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick();
    return folder === undefined ? undefined : { path: folder.uri.fsPath, cwd: folder.uri.fsPath };
}

/** The command line reads files from disk, so unsaved policy edits are saved first. */
export async function saveDirtyPolicies(): Promise<void> {
    const dirty = vscode.workspace.textDocuments.filter((d) => d.languageId === languageId && d.isDirty && !d.isUntitled);
    await Promise.all(dirty.map((d) => d.save()));
}

function fileTarget(uri: vscode.Uri): CommandTarget {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return { path: uri.fsPath, cwd: folder?.uri.fsPath ?? path.dirname(uri.fsPath) };
}
