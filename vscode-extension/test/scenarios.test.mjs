// The scenarios in VS Code's Test Explorer: the text reading and the JUnit reading as units, then the whole
// controller, activated against the stubbed 'vscode', running the real `zorginkoop test` on a copy of a policy
// whose first scenario was made to fail. ZORGINKOOP_SERVER_DLL names the built zorginkoop.dll (CI sets it);
// without it the Debug and Release builds in the repository are tried, else the run test is skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSource, loadExtensionWith } from './support/bundle.mjs';
import { createVscodeStub } from './support/vscodeStub.mjs';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const configured = process.env['ZORGINKOOP_SERVER_DLL'];
const serverDll = (configured ? [configured] : ['Debug', 'Release'].map((c) => path.join(repository, 'src', 'Zorginkoop.Dsl.Cli', 'bin', c, 'net10.0', 'zorginkoop.dll')))
    .find((c) => existsSync(c));
if (configured && !serverDll) {
    throw new Error(`ZORGINKOOP_SERVER_DLL=${configured} does not exist`);
}
const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;
const withServer = { skip: serverDll && dotnet ? false : 'no built zorginkoop.dll (dotnet build src/Zorginkoop.Dsl.Cli)' };

const { scenariosIn } = await importSource('src/testing/scenarioList.ts');
const { readJUnit } = await importSource('src/testing/junitReport.ts');

describe('scenarios in a policy text', () => {
    test('finds each scenario with its title and line, joins adjacent texts and skips comments', () => {
        const text = [
            'voorbeeld X { soort: RHO }',
            'scenario "Een" {',
            '}',
            '// scenario "Uitgezet" {',
            '/* scenario "Ook uitgezet" { */',
            '    scenario "Twee delen"',
            '        "van een titel" {',
            '}',
            'scenario "Met \\"aanhalingstekens\\"" { }',
            'eis scenario "geen scenario: geen blok"',
        ].join('\n');
        assert.deepEqual(scenariosIn(text), [
            { title: 'Een', line: 1, column: 0 },
            { title: 'Twee delen van een titel', line: 5, column: 4 },
            { title: 'Met "aanhalingstekens"', line: 8, column: 0 },
        ]);
    });

    test('lists every scenario of the real policies that zorginkoop test reports', withServer, () => {
        const file = path.join(repository, 'policies', 'vgz', 'huisartsenzorg-2026-2027.test.zip');
        const work = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-list-'));
        try {
            const report = path.join(work, 'junit.xml');
            spawnSync('dotnet', [serverDll, 'test', file, '--junit', report, '--engine', 'interpreter'], { encoding: 'utf8' });
            const reported = readJUnit(readFileSync(report, 'utf8')).map((c) => c.name);
            assert.ok(reported.length > 5);
            assert.deepEqual(scenariosIn(readFileSync(file, 'utf8')).map((s) => s.title), reported);
        } finally {
            rmSync(work, { recursive: true, force: true });
        }
    });
});

describe('the JUnit report', () => {
    test('splits a failure into its expectations: place, expected, actual and why', () => {
        const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="a.test.zip">
<testcase name="Goed" file="a.test.zip" line="3" time="0.010" />
<testcase name="Fout" file="a.test.zip" line="9" time="0.002"><failure message="m" type="ScenarioFailure">a.test.zip(12,5): verwacht Set voldaan
- verwacht:  voldaan
+ werkelijk: niet voldaan
Set.eis: niet voldaan
  fte 0,8 &lt; 1,0

a.test.zip(13,5): verwacht Set.eis onbekend
- verwacht:  onbekend
+ werkelijk: niet voldaan
</failure></testcase>
</testsuite></testsuites>`;
        const [good, bad] = readJUnit(xml);
        assert.deepEqual({ name: good.name, line: good.line, failures: good.failures, problem: good.problem }, { name: 'Goed', line: 3, failures: [], problem: undefined });
        assert.equal(bad.failures.length, 2);
        assert.deepEqual(bad.failures[0], {
            location: { file: 'a.test.zip', line: 12, column: 5 },
            expectation: 'verwacht Set voldaan',
            expected: 'voldaan',
            actual: 'niet voldaan',
            explanation: 'Set.eis: niet voldaan\n  fte 0,8 < 1,0',
        });
        assert.equal(bad.failures[1].expected, 'onbekend');
        assert.equal(bad.failures[1].location.line, 13);
    });

    test('a file that could not run is an error case with its diagnostics', () => {
        const xml = '<testsuites><testsuite name="b.zip"><testcase name="beleid controleren" file="b.zip"><error message="het beleid bevat fouten">b.zip(1,1): error ZI1001: x</error></testcase></testsuite></testsuites>';
        const [only] = readJUnit(xml);
        assert.equal(only.isError, true);
        assert.match(only.problem, /ZI1001/);
    });
});

describe('the Test Explorer', withServer, () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-testexplorer-'));
    after(() => rmSync(work, { recursive: true, force: true }));
    cpSync(path.join(repository, 'policies', 'zorg-en-zekerheid'), work, { recursive: true });
    const testFile = path.join(work, 'huisartsenzorg-2025.test.zip');
    const original = readFileSync(testFile, 'utf8');
    // The first scenario now expects the opposite of what the policy decides.
    const broken = original.replace('    verwacht Huisartsenzorg voldaan\n', '    verwacht Huisartsenzorg niet voldaan\n');
    assert.notEqual(broken, original);
    writeFileSync(testFile, broken);
    const brokenLine = broken.split('\n').findIndex((l) => l === '    verwacht Huisartsenzorg niet voldaan');

    async function activate() {
        const stub = createVscodeStub({
            configuration: { 'zorginkoop.server.path': '/nonexistent/zorginkoop' },
            workspaceFiles: [testFile, path.join(work, 'huisartsenzorg-2025.zip'), path.join(work, 'multidisciplinaire-zorg-2026-2027.test.zip')],
        });
        const extension = await loadExtensionWith(stub.vscode);
        extension.activate({ subscriptions: [], extensionPath: path.join(os.tmpdir(), 'zorginkoop-no-bundled-server') });
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [controller] = stub.calls.testControllers;
        await controller.resolveHandler(undefined);
        // The runs read the setting each time: from now on the real command line.
        stub.configuration['zorginkoop.server.path'] = serverDll;
        return { ...stub, extension, controller };
    }

    test('lists each file with scenarios and each scenario at its line; a policy without scenarios is not listed', async () => {
        const { controller, extension } = await activate();
        const files = [...controller.items].map(([, item]) => path.basename(item.uri.fsPath)).sort();
        assert.deepEqual(files, ['huisartsenzorg-2025.test.zip', 'multidisciplinaire-zorg-2026-2027.test.zip']);
        const file = [...controller.items].find(([, i]) => i.uri.fsPath === testFile)[1];
        const titles = [...file.children].map(([, item]) => item.label);
        assert.equal(titles[0], 'Een praktijk die aan de minimumeisen voldoet');
        assert.equal(titles.length, scenariosIn(broken).length);
        const first = [...file.children][0][1];
        assert.equal(first.range.start.line, broken.split('\n').findIndex((l) => l.startsWith('scenario "Een praktijk die aan de minimumeisen voldoet"')));
        await extension.deactivate();
    });

    test('a run passes the good scenarios and fails the broken one with expected, actual and the expectation\'s place', async () => {
        const { controller, extension } = await activate();
        const file = [...controller.items].find(([, i]) => i.uri.fsPath === testFile)[1];
        const profile = controller.profiles.find((p) => p.isDefault);
        await profile.runHandler({ include: [file], exclude: [] }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
        const run = controller.runs.at(-1);
        assert.equal(run.ended, true);
        const states = [...file.children].map(([, item]) => run.states.get(item.id)?.state);
        assert.equal(states[0], 'failed', run.output);
        assert.deepEqual(states.slice(1).filter((s) => s !== 'passed'), [], run.output);
        const [messages] = run.states.get([...file.children][0][1].id).rest;
        assert.equal(messages.length, 1);
        assert.equal(messages[0].expectedOutput, 'niet voldaan');
        assert.equal(messages[0].actualOutput, 'voldaan');
        assert.equal(messages[0].location.uri.fsPath, testFile);
        assert.equal(messages[0].location.range.line, brokenLine);
        assert.match(run.output, /passed, 1 failed/);
        await extension.deactivate();
    });

    test('running one scenario runs only that one (--filter) and reports it', async () => {
        const { controller, extension } = await activate();
        const file = [...controller.items].find(([, i]) => i.uri.fsPath === testFile)[1];
        const second = [...file.children][1][1];
        await controller.profiles[0].runHandler({ include: [second], exclude: [] }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) });
        const run = controller.runs.at(-1);
        assert.equal(run.states.get(second.id)?.state, 'passed', run.output);
        assert.equal(run.states.size, 1);
        assert.match(run.output, /--filter/);
        assert.match(run.output, /1 passed, 0 failed/);
        await extension.deactivate();
    });
});
