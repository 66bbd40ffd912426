// Activates the bundled extension against a stubbed 'vscode' and runs its commands with a fake zorginkoop
// executable (a shell script that echoes its arguments), checking the command lines and the output channels.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadExtensionWith } from './support/bundle.mjs';
import { createVscodeStub, policyDocument } from './support/vscodeStub.mjs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const posixOnly = { skip: process.platform === 'win32' ? 'the fake server is a shell script' : false };

function fakeServer(dir, name, exitCode) {
    const file = path.join(dir, name);
    writeFileSync(
        file,
        `#!/bin/sh\nprintf 'fake zorginkoop:'\nfor a in "$@"; do printf ' [%s]' "$a"; done\necho\necho 'op stderr' >&2\nexit ${exitCode}\n`,
    );
    chmodSync(file, 0o755);
    return file;
}

// Activation always sees a server path that does not exist, so no language client is started even where a real
// zorginkoop is on the PATH; the command tests then point the setting at a fake (it is read on every run).
async function activate(options) {
    const stub = createVscodeStub({
        ...options,
        configuration: { 'zorginkoop.server.path': '/nonexistent/zorginkoop', ...options.configuration },
    });
    const extension = await loadExtensionWith(stub.vscode);
    const context = { subscriptions: [], extensionPath: path.join(os.tmpdir(), 'zorginkoop-no-bundled-server') };
    extension.activate(context);
    // Let the language client's start (which finds no server here) settle.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ...stub, extension, context };
}

describe('extension activation', () => {
    test('registers every command the manifest contributes, and nothing else', async () => {
        const { calls, extension } = await activate({});
        const contributed = manifest.contributes.commands.map((c) => c.command).sort();
        assert.deepEqual([...calls.commands.keys()].sort(), contributed);
        await extension.deactivate();
    });

    test('the server log has one output channel, made once and kept across restarts', async () => {
        const { calls, extension } = await activate({});
        const channels = () => [...calls.outputs.keys()].filter((name) => name === 'Zorginkoop: taalserver');
        assert.deepEqual(channels(), ['Zorginkoop: taalserver']);
        const created = calls.outputs.get('Zorginkoop: taalserver');
        await calls.commands.get('zorginkoop.restartServer')();
        await calls.commands.get('zorginkoop.restartServer')();
        assert.equal(calls.outputs.get('Zorginkoop: taalserver'), created);
        await extension.deactivate();
    });

    test('a missing server gives one warning naming it and does not throw', async () => {
        const { calls, extension } = await activate({});
        assert.equal(calls.warnings.length, 1);
        assert.match(calls.warnings[0], /\/nonexistent\/zorginkoop/);
        assert.match(calls.warnings[0], /zorginkoop\.server\.path/);
        await extension.deactivate();
    });
});

describe('commands', posixOnly, () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-commands-'));
    const policy = path.join(work, 'huisartsenzorg 2026.zip');
    writeFileSync(policy, 'beleid "x" {}\n');
    after(() => rmSync(work, { recursive: true, force: true }));

    test("Scenario's uitvoeren runs `zorginkoop test <file>` on the active policy and saves it first", async () => {
        const document = policyDocument(policy, { isDirty: true });
        const { calls, configuration, extension } = await activate({ activeDocument: document });
        const server = fakeServer(work, 'zorginkoop-ok', 0);
        configuration['zorginkoop.server.path'] = server;

        await calls.commands.get('zorginkoop.runScenarios')();

        assert.equal(document.saved, 1);
        const output = calls.outputs.get("Zorginkoop: scenario's").text;
        assert.match(output, /fake zorginkoop: \[test\] \[.*huisartsenzorg 2026\.zip\]/);
        assert.match(output, /op stderr/);
        assert.ok(output.startsWith(`> ${server} test "${policy}"`), output);
        assert.deepEqual(calls.information, ["Alle scenario's geslaagd."]);
        assert.deepEqual(calls.errors, []);
        await extension.deactivate();
    });

    test("Scenario's uitvoeren takes the file from the explorer and reports a failing run", async () => {
        const { calls, configuration, extension, vscode } = await activate({});
        configuration['zorginkoop.server.path'] = fakeServer(work, 'zorginkoop-fails', 3);

        await calls.commands.get('zorginkoop.runScenarios')(vscode.Uri.file(policy));

        assert.match(calls.outputs.get("Zorginkoop: scenario's").text, /\[test\] \[.*huisartsenzorg 2026\.zip\]/);
        assert.deepEqual(calls.errors, ["Scenario's mislukt (exitcode 3)."]);
        await extension.deactivate();
    });

    test("Scenario's uitvoeren without a file or workspace says what to open", async () => {
        const { calls, extension } = await activate({});
        await calls.commands.get('zorginkoop.runScenarios')();
        assert.equal(calls.errors.length, 1);
        assert.match(calls.errors[0], /werkmap/);
        await extension.deactivate();
    });

    test('Tijdlijn tonen asks a validated date and runs `zorginkoop timeline <file> --on <date>`', async () => {
        const { calls, configuration, extension } = await activate({
            activeDocument: policyDocument(policy),
            inputBoxValue: '2026-03-10',
        });
        configuration['zorginkoop.server.path'] = fakeServer(work, 'zorginkoop-timeline', 0);

        await calls.commands.get('zorginkoop.showTimeline')();

        const [inputBox] = calls.inputBoxes;
        assert.match(inputBox.value, /^\d{4}-\d{2}-\d{2}$/);
        assert.equal(inputBox.validateInput('2026-03-10'), undefined);
        assert.match(inputBox.validateInput('10-03-2026'), /JJJJ-MM-DD/);
        assert.match(inputBox.validateInput('2026-02-30'), /bestaat niet/);
        const output = calls.outputs.get('Zorginkoop: tijdlijn').text;
        assert.match(output, /fake zorginkoop: \[timeline\] \[.*huisartsenzorg 2026\.zip\] \[--on\] \[2026-03-10\]/);
        assert.deepEqual(calls.errors, []);
        await extension.deactivate();
    });

    test('Tijdlijn tonen does nothing when the date is cancelled', async () => {
        const { calls, configuration, extension } = await activate({ activeDocument: policyDocument(policy) });
        configuration['zorginkoop.server.path'] = fakeServer(work, 'zorginkoop-unused', 0);
        await calls.commands.get('zorginkoop.showTimeline')();
        assert.equal(calls.outputs.get('Zorginkoop: tijdlijn').text, '');
        await extension.deactivate();
    });

    test('Tijdlijn tonen without a policy file says to open one', async () => {
        const { calls, extension } = await activate({});
        await calls.commands.get('zorginkoop.showTimeline')();
        assert.equal(calls.inputBoxes.length, 0);
        assert.match(calls.errors[0], /Open eerst een zorginkoopbeleid/);
        await extension.deactivate();
    });

    test('a server that cannot be started is reported with the setting to change', async () => {
        const { calls, configuration, extension } = await activate({ activeDocument: policyDocument(policy) });
        configuration['zorginkoop.server.path'] = path.join(work, 'not-there');
        await calls.commands.get('zorginkoop.runScenarios')();
        assert.match(calls.errors.at(-1), /zorginkoop\.server\.path/);
        await extension.deactivate();
    });
});
