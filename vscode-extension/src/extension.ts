import * as vscode from 'vscode';
import { runScenarios, runScenariosCommandId } from './commands/runScenarios';
import { showTimeline, showTimelineCommandId } from './commands/showTimeline';
import { ZorginkoopLanguageClient } from './languageClient';
import { serverPathSetting } from './serverLocator';

export const restartServerCommandId = 'zorginkoop.restartServer';

let languageClient: ZorginkoopLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const scenarioOutput = vscode.window.createOutputChannel("Zorginkoop: scenario's");
    const timelineOutput = vscode.window.createOutputChannel('Zorginkoop: tijdlijn');
    const client = new ZorginkoopLanguageClient(context);
    languageClient = client;

    context.subscriptions.push(
        scenarioOutput,
        timelineOutput,
        client,
        vscode.commands.registerCommand(runScenariosCommandId, (uri: unknown) => runScenarios(context, scenarioOutput, uri)),
        vscode.commands.registerCommand(showTimelineCommandId, (uri: unknown) => showTimeline(context, timelineOutput, uri)),
        vscode.commands.registerCommand(restartServerCommandId, () => client.restart()),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration(serverPathSetting)) {
                void client.restart();
            }
        }),
    );

    // Not awaited: highlighting, snippets and the commands work even when no server can be started.
    void client.start();
}

export async function deactivate(): Promise<void> {
    await languageClient?.stop();
    languageClient = undefined;
}
