import * as vscode from 'vscode';
import { runCli } from '../cliRunner';
import { todayIso, validateIsoDate } from '../isoDate';
import { messages } from '../messages';
import { commandLine } from '../serverCommand';
import { locateServer } from '../serverLocator';
import { policyFileTarget, saveDirtyPolicies } from './targets';

export const showTimelineCommandId = 'zorginkoop.showTimeline';

/** Zorginkoop: Tijdlijn tonen voor datum — `zorginkoop timeline <file> --on <date>` into its own output channel. */
export async function showTimeline(context: vscode.ExtensionContext, output: vscode.OutputChannel, uri: unknown): Promise<void> {
    const target = policyFileTarget(uri);
    if (target === undefined) {
        void vscode.window.showErrorMessage(messages.timelineNeedsFile);
        return;
    }
    const date = await vscode.window.showInputBox({
        prompt: messages.timelinePrompt,
        placeHolder: 'JJJJ-MM-DD',
        value: todayIso(),
        validateInput: validateIsoDate,
        ignoreFocusOut: true,
    });
    if (date === undefined) {
        return;
    }
    await saveDirtyPolicies();
    const { command, args } = commandLine(locateServer(context), ['timeline', target.path, '--on', date.trim()]);
    output.clear();
    output.show(true);
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: messages.timelineRunning },
        () => runCli(command, args, target.cwd, output),
    );
    if (result.exitCode === undefined) {
        void vscode.window.showErrorMessage(messages.commandNotStarted(command, result.error ?? ''));
    } else if (result.exitCode !== 0) {
        void vscode.window.showErrorMessage(messages.commandFailed('zorginkoop timeline', result.exitCode));
    }
}
