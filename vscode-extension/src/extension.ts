import * as vscode from 'vscode';
import { runScenarios, runScenariosCommandId } from './commands/runScenarios';
import { showTimeline, showTimelineCommandId } from './commands/showTimeline';
import { ZorginkoopLanguageClient } from './languageClient';
import { serverPathSetting } from './serverLocator';
import { registerScenarioTests } from './testing/scenarioTests';

export const restartServerCommandId = 'zorginkoop.restartServer';

let languageClient: ZorginkoopLanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const scenarioOutput = vscode.window.createOutputChannel("Zorginkoop: scenario's");
    const timelineOutput = vscode.window.createOutputChannel('Zorginkoop: tijdlijn');
    // One channel for the server's log, kept across restarts (the client would open a new one each start).
    const serverOutput = vscode.window.createOutputChannel('Zorginkoop: taalserver');
    const client = new ZorginkoopLanguageClient(context, serverOutput);
    languageClient = client;

    context.subscriptions.push(
        scenarioOutput,
        timelineOutput,
        serverOutput,
        ...registerScenarioTests(context),
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
