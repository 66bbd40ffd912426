// Drives the real language server (`dotnet zorginkoop.dll lsp`, as the extension starts it) with the LSP client
// library VS Code itself uses (vscode-languageserver-protocol over vscode-jsonrpc), against copies of policies/.
// ZORGINKOOP_SERVER_DLL names the built zorginkoop.dll (CI sets it); without it the Debug and Release builds in
// the repository are tried, and when there is none the tests are skipped with a message saying how to build it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';

const {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    InitializeRequest,
    InitializedNotification,
    DidOpenTextDocumentNotification,
    DidChangeTextDocumentNotification,
    PublishDiagnosticsNotification,
    HoverRequest,
    CompletionRequest,
    DefinitionRequest,
    DocumentFormattingRequest,
    ShutdownRequest,
    ExitNotification,
} = protocol;

const repository = fileURLToPath(new URL('../..', import.meta.url));
const configured = process.env['ZORGINKOOP_SERVER_DLL'];
const candidates = configured
    ? [configured]
    : ['Debug', 'Release'].map((c) => path.join(repository, 'src', 'Zorginkoop.Dsl.Cli', 'bin', c, 'net10.0', 'zorginkoop.dll'));
const serverDll = candidates.find((c) => existsSync(c));
const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;

// A configured server that is missing is a broken CI set-up, not a reason to skip.
if (configured && !serverDll) {
    throw new Error(`ZORGINKOOP_SERVER_DLL=${configured} does not exist; build it with 'dotnet build' first.`);
}

const skip = !serverDll
    ? 'no server build found: run `dotnet build` in the repository root (or set ZORGINKOOP_SERVER_DLL to zorginkoop.dll)'
    : !dotnet
        ? 'dotnet is not on the PATH'
        : false;

describe('language server over stdio with vscode-languageserver-protocol', { skip }, () => {
    let folder;
    let child;
    let connection;
    let exitCode;
    const diagnostics = new Map();
    const waiting = [];

    const policy = () => path.join(folder, 'vgz', 'huisartsenzorg-2026-2027.zip');
    const uriOf = (file) => pathToFileURL(file).href;
    const text = () => readFileSync(policy(), 'utf8');

    /** Line and character of `word` on the first line containing `line`. */
    function find(line, word, offset = 0) {
        const lines = text().split('\n');
        const index = lines.findIndex((l) => l.includes(line));
        assert.ok(index >= 0, `no line containing ${line}`);
        return { line: index, character: lines[index].indexOf(word) + offset };
    }

    /** Resolves with the first publication for `uri` (earlier ones count) that satisfies `condition`. */
    function diagnosticsFor(uri, condition) {
        const latest = diagnostics.get(uri);
        if (latest && condition(latest)) return Promise.resolve(latest);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}`)), 30000);
            waiting.push({ uri, condition, resolve: (p) => { clearTimeout(timer); resolve(p); } });
        });
    }

    before(async () => {
        folder = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-node-lsp-'));
        cpSync(path.join(repository, 'policies'), folder, { recursive: true });
        child = spawn('dotnet', [serverDll, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
        child.on('exit', (code) => { exitCode = code; });
        connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            diagnostics.set(params.uri, params);
            for (const waiter of waiting.splice(0)) {
                if (waiter.uri === params.uri && waiter.condition(params)) waiter.resolve(params);
                else waiting.push(waiter);
            }
        });
        connection.listen();
        const result = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: uriOf(folder),
            capabilities: {},
            workspaceFolders: null,
        });
        assert.equal(result.serverInfo.name, 'zorginkoop');
        assert.equal(result.capabilities.textDocumentSync.change, 2);
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriOf(policy()), languageId: 'zorginkoop', version: 1, text: text() },
        });
    });

    after(() => {
        connection?.dispose();
        if (child && child.exitCode === null) child.kill();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    test('the policy opens without errors', async () => {
        const published = await diagnosticsFor(uriOf(policy()), (p) => p.version === 1);
        assert.deepEqual(published.diagnostics.filter((d) => d.severity === 1), []);
    });

    test('hover on a requirement shows its sentence', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uriOf(policy()) },
            position: find('eis bezetting', 'bezetting'),
        });
        assert.match(hover.contents.value, /Huisartsgeneeskundig\.bezetting/);
        assert.match(hover.contents.value, /1,0 fte huisarts/);
    });

    test('completion after aanbieder. lists fields', async () => {
        const list = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uriOf(policy()) },
            position: find('aanbieder.fteHuisarts >= normFte', 'fteHuisarts'),
        });
        const labels = list.items.map((i) => i.label);
        assert.ok(labels.includes('fteHuisarts') && labels.includes('preferenteRegio') && labels.includes('agbCode'), labels.join(', '));
        assert.ok(list.items.every((i) => i.kind === 5));
    });

    test('definition of an omvat jumps into the imported file', async () => {
        const [location] = await connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uriOf(policy()) },
            position: find('omvat AlgemeneMinimumeisen', 'AlgemeneMinimumeisen', 2),
        });
        assert.equal(location.uri, uriOf(path.join(folder, 'vgz', 'algemene-minimumeisen.zip')));
    });

    test('formatting answers with the edit that gives the canonical layout', async () => {
        const messy = 'keuze  Soort{A,B}\n';
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uriOf(policy()), version: 2 },
            contentChanges: [{ text: messy }],
        });
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: uriOf(policy()) },
            options: { tabSize: 4, insertSpaces: true },
        });
        // One line, so characters are offsets; edits apply from the back.
        const tidy = [...edits]
            .sort((a, b) => b.range.start.character - a.range.start.character)
            .reduce((t, e) => t.slice(0, e.range.start.character) + e.newText + t.slice(e.range.end.character), messy);
        assert.equal(tidy, 'keuze Soort { A, B }\n');
    });

    test('a misspelled field is reported, and the fix clears it', async () => {
        const uri = uriOf(policy());
        const broken = 'gegevens Z als aanbieder { fte: decimaal }\neisen X "t" {\n    eis a\n        aanbieder.ftee >= 1,0\n}\n';
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: broken }] });
        const reported = await diagnosticsFor(uri, (p) => p.version === 3);
        const [error] = reported.diagnostics;
        assert.equal(error.code, 'ZI2003');
        assert.deepEqual(error.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 22 } });

        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 4 },
            contentChanges: [{ range: error.range, text: 'fte' }],
        });
        const cleared = await diagnosticsFor(uri, (p) => p.version === 4);
        assert.deepEqual(cleared.diagnostics, []);
    });

    test('shutdown and exit end the process with code 0', async () => {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        for (let i = 0; i < 100 && exitCode === undefined; i++) await new Promise((r) => setTimeout(r, 100));
        assert.equal(exitCode, 0);
    });
});
