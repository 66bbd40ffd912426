import * as vscode from 'vscode';
import { runCli } from '../cliRunner';
import { messages } from '../messages';
import { commandLine } from '../serverCommand';
import { locateServer } from '../serverLocator';
import { policyFileOrFolderTarget, saveDirtyPolicies } from './targets';

export const runScenariosCommandId = 'zorginkoop.runScenarios';

/** Zorginkoop: Scenario's uitvoeren — `zorginkoop test <file-or-folder>` into the output channel. */
export async function runScenarios(context: vscode.ExtensionContext, output: vscode.OutputChannel, uri: unknown): Promise<void> {
    const target = await policyFileOrFolderTarget(uri);
    if (target === undefined) {
        void vscode.window.showErrorMessage(messages.scenariosNeedTarget);
        return;
    }
    await saveDirtyPolicies();
    const { command, args } = commandLine(locateServer(context), ['test', target.path]);
    output.show(true);
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: messages.scenariosRunning },
        () => runCli(command, args, target.cwd, output),
    );
    if (result.exitCode === undefined) {
        void vscode.window.showErrorMessage(messages.commandNotStarted(command, result.error ?? ''));
    } else if (result.exitCode === 0) {
        void vscode.window.showInformationMessage(messages.scenariosPassed);
    } else {
        const choice = await vscode.window.showErrorMessage(messages.scenariosFailed(result.exitCode), messages.showOutput);
        if (choice === messages.showOutput) {
            output.show();
        }
    }
}
