import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runCli, type OutputSink } from '../cliRunner';
import { saveDirtyPolicies } from '../commands/targets';
import { messages } from '../messages';
import { commandLine } from '../serverCommand';
import { languageId, locateServer } from '../serverLocator';
import { readJUnit, type ReportedCase } from './junitReport';
import { scenariosIn } from './scenarioList';

export const scenarioControllerId = 'zorginkoop.scenarios';
const policyGlob = '**/*.zip';
const ignoredFolders = '**/{node_modules,bin,obj,.git}/**';

/**
 * The scenarios of the workspace in VS Code's Test Explorer: one item per policy file that holds scenarios, one child
 * per scenario (found in the text, kept current as files change or are edited). A run calls `zorginkoop test <file>
 * --junit <report>` once per file (with `--filter` for a single scenario) and reads the report: a scenario passes,
 * fails with one message per expectation that did not hold (expected against actual, at the expectation's line),
 * or errors when the file did not run (a policy with errors) or the report does not name it.
 */
export function registerScenarioTests(context: vscode.ExtensionContext): vscode.Disposable[] {
    const controller = vscode.tests.createTestController(scenarioControllerId, messages.scenarioControllerLabel);

    const update = (uri: vscode.Uri, text: string) => {
        const id = uri.toString();
        const scenarios = scenariosIn(text);
        if (scenarios.length === 0) {
            controller.items.delete(id);
            return;
        }
        const file = controller.items.get(id) ?? controller.createTestItem(id, vscode.workspace.asRelativePath(uri, false), uri);
        file.children.replace(scenarios.map((scenario) => {
            const item = controller.createTestItem(`${id}#${scenario.title}`, scenario.title, uri);
            item.range = new vscode.Range(scenario.line, scenario.column, scenario.line, scenario.column + 'scenario'.length);
            return item;
        }));
        controller.items.add(file);
    };
    const updateFromDisk = async (uri: vscode.Uri) => {
        try {
            update(uri, new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
        } catch {
            controller.items.delete(uri.toString());
        }
    };

    controller.resolveHandler = async (item) => {
        if (item === undefined) {
            const uris = await vscode.workspace.findFiles(policyGlob, ignoredFolders);
            await Promise.all(uris.map(updateFromDisk));
        }
    };
    controller.refreshHandler = async () => {
        controller.items.replace([]);
        const uris = await vscode.workspace.findFiles(policyGlob, ignoredFolders);
        await Promise.all(uris.map(updateFromDisk));
    };

    const watcher = vscode.workspace.createFileSystemWatcher(policyGlob);
    const edits = vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === languageId && event.document.uri.scheme === 'file') {
            update(event.document.uri, event.document.getText());
        }
    });

    controller.createRunProfile(messages.scenarioRunProfile, vscode.TestRunProfileKind.Run,
        (request, token) => runScenarioTests(context, controller, request, token), true);

    return [
        controller,
        watcher,
        edits,
        watcher.onDidCreate(updateFromDisk),
        watcher.onDidChange(updateFromDisk),
        watcher.onDidDelete((uri) => controller.items.delete(uri.toString())),
    ];
}

async function runScenarioTests(
    context: vscode.ExtensionContext,
    controller: vscode.TestController,
    request: vscode.TestRunRequest,
    token: vscode.CancellationToken,
): Promise<void> {
    const run = controller.createTestRun(request);
    const excluded = new Set((request.exclude ?? []).map((item) => item.id));
    const byFile = new Map<vscode.TestItem, vscode.TestItem[]>();
    const requested: vscode.TestItem[] = [];
    if (request.include === undefined) {
        controller.items.forEach((item) => requested.push(item));
    } else {
        requested.push(...request.include);
    }
    for (const item of requested) {
        const file = item.parent ?? item;
        const scenarios = byFile.get(file) ?? [];
        if (item.parent === undefined) {
            item.children.forEach((child) => scenarios.push(child));
        } else {
            scenarios.push(item);
        }
        byFile.set(file, scenarios.filter((s) => !excluded.has(s.id)));
    }

    await saveDirtyPolicies();
    const output: OutputSink = {
        append: (text) => run.appendOutput(text.replace(/\r?\n/g, '\r\n')),
        appendLine: (text) => run.appendOutput(`${text}\r\n`),
    };
    for (const [file, scenarios] of byFile) {
        if (token.isCancellationRequested || scenarios.length === 0 || file.uri === undefined) {
            scenarios.forEach((s) => run.skipped(s));
            continue;
        }
        scenarios.forEach((s) => run.started(s));
        const reportFolder = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-scenarios-'));
        try {
            const report = path.join(reportFolder, 'junit.xml');
            const only = scenarios.length === 1 && scenarios[0] !== undefined && file.children.size > 1 ? ['--filter', scenarios[0].label] : [];
            const { command, args } = commandLine(locateServer(context), ['test', file.uri.fsPath, '--junit', report, ...only]);
            const cwd = vscode.workspace.getWorkspaceFolder(file.uri)?.uri.fsPath ?? path.dirname(file.uri.fsPath);
            const result = await runCli(command, args, cwd, output, token);
            const cases = existsSync(report) ? readJUnit(readFileSync(report, 'utf8')) : [];
            for (const scenario of scenarios) {
                reportScenario(run, scenario, cases, cwd, result.exitCode === undefined ? messages.commandNotStarted(command, result.error ?? '') : undefined);
            }
        } finally {
            rmSync(reportFolder, { recursive: true, force: true });
        }
    }
    run.end();
}

function reportScenario(run: vscode.TestRun, scenario: vscode.TestItem, cases: readonly ReportedCase[], cwd: string, notStarted: string | undefined): void {
    const reported = cases.find((c) => c.name === scenario.label);
    if (reported === undefined) {
        const fileError = cases.find((c) => c.isError);
        run.errored(scenario, new vscode.TestMessage(notStarted ?? fileError?.problem ?? messages.scenarioNotReported(scenario.label)));
        return;
    }
    const duration = reported.seconds * 1000;
    if (reported.failures.length === 0 && reported.problem === undefined) {
        run.passed(scenario, duration);
        return;
    }
    const failures = reported.failures.map((failure) => {
        const message = vscode.TestMessage.diff(
            failure.explanation === '' ? failure.expectation : `${failure.expectation}\n${failure.explanation}`,
            failure.expected,
            failure.actual,
        );
        if (failure.location !== undefined) {
            const uri = vscode.Uri.file(path.resolve(cwd, failure.location.file));
            const position = new vscode.Position(failure.location.line - 1, failure.location.column - 1);
            message.location = new vscode.Location(uri, position);
        }
        return message;
    });
    run.failed(scenario, failures.length > 0 ? failures : [new vscode.TestMessage(reported.problem ?? '')], duration);
}
