import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { messages } from './messages';
import { commandLine, serverProcessEnvironment } from './serverCommand';
import { languageId, locateServer, missingServerPart, serverPathSetting } from './serverLocator';

/** Owns the one language client of this window: `zorginkoop lsp` over stdio. */
export class ZorginkoopLanguageClient implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private watcher: vscode.FileSystemWatcher | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {}

    /** Starts the server; when it cannot start, says so once and leaves highlighting and snippets working. */
    async start(): Promise<void> {
        try {
            const location = locateServer(this.context);
            const missing = missingServerPart(location);
            if (missing !== undefined) {
                // Checked first: a failed launch would add the client's own error popup to ours.
                await this.offerSettings(messages.serverMissing(missing));
                return;
            }
            const server = commandLine(location, ['lsp']);
            // No `transport` on purpose: with TransportKind.stdio the client would append --stdio to the arguments.
            const serverOptions: ServerOptions = { command: server.command, args: server.args, options: { env: serverProcessEnvironment(process.env) } };
            // Imported files (gebruik "…") that are not open still change what an open file means.
            this.watcher = vscode.workspace.createFileSystemWatcher('**/*.zip');
            const clientOptions: LanguageClientOptions = {
                documentSelector: [
                    { scheme: 'file', language: languageId },
                    { scheme: 'untitled', language: languageId },
                ],
                synchronize: { fileEvents: this.watcher },
                outputChannel: this.output,
                traceOutputChannel: this.output,
            };
            this.client = new LanguageClient(languageId, 'Zorginkoop', serverOptions, clientOptions);
            await this.client.start();
        } catch (error) {
            await this.stop();
            const reason = error instanceof Error ? error.message : String(error);
            await this.offerSettings(messages.serverNotStarted(reason));
        }
    }

    private async offerSettings(message: string): Promise<void> {
        const choice = await vscode.window.showWarningMessage(message, messages.openSettings);
        if (choice === messages.openSettings) {
            await vscode.commands.executeCommand('workbench.action.openSettings', serverPathSetting);
        }
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.watcher?.dispose();
        this.watcher = undefined;
        if (client?.needsStop()) {
            await client.stop().catch(() => undefined);
        }
    }

    async restart(): Promise<void> {
        await this.stop();
        await this.start();
    }

    dispose(): void {
        void this.stop();
    }
}
