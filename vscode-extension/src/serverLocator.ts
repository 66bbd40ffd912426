import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { findMissing, resolveServer, type ServerLocation } from './serverCommand';

export const languageId = 'zorginkoop';
export const serverPathSetting = 'zorginkoop.server.path';

/** Finds the zorginkoop executable for this window, from the setting and the extension's bundled server. */
export function locateServer(context: vscode.ExtensionContext): ServerLocation {
    const server = resolveServer({
        configuredPath: vscode.workspace.getConfiguration().get<string>(serverPathSetting),
        extensionPath: context.extensionPath,
        platform: process.platform,
        homeDir: os.homedir(),
        workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
        fileExists: (file) => fs.existsSync(file),
    });
    if (server.origin === 'bundled' && server.prefixArgs.length === 0) {
        ensureExecutable(server.command);
    }
    return server;
}

/** The program or file that is missing for this server location, or undefined when it can be started. */
export function missingServerPart(server: ServerLocation): string | undefined {
    return findMissing(server, {
        platform: process.platform,
        fileExists: (file) => fs.existsSync(file),
        pathVariable: process.env['PATH'],
        pathExt: process.env['PATHEXT'],
    });
}

// Unpacking a .vsix does not always keep the executable bit of server/zorginkoop.
function ensureExecutable(file: string): void {
    if (process.platform === 'win32') {
        return;
    }
    try {
        fs.accessSync(file, fs.constants.X_OK);
    } catch {
        try {
            fs.chmodSync(file, 0o755);
        } catch {
            // Starting it will fail with a message that names the file.
        }
    }
}
