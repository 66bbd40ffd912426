// The extension's logic that does not need VS Code: finding the server, validating dates, running the CLI.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importSource } from './support/bundle.mjs';

const { resolveServer, commandLine, findOnPath, findMissing, displayCommandLine, serverProcessEnvironment } = await importSource('src/serverCommand.ts');
const { validateIsoDate, todayIso } = await importSource('src/isoDate.ts');
const { runCli } = await importSource('src/cliRunner.ts');

function environment(overrides = {}) {
    const files = new Set(overrides.files ?? []);
    return {
        configuredPath: '',
        extensionPath: '/ext',
        platform: 'linux',
        homeDir: '/home/u',
        workspaceFolder: '/ws',
        fileExists: (file) => files.has(file),
        ...overrides,
    };
}

describe('serverProcessEnvironment', () => {
    test('gives the server a 64 MB gen-0 budget and keeps the rest of the environment', () => {
        const env = serverProcessEnvironment({ PATH: '/usr/bin', HOME: '/home/u' });
        assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/home/u', DOTNET_GCgen0size: '0x4000000' });
    });

    test('keeps a budget the user chose, under either prefix', () => {
        assert.equal(serverProcessEnvironment({ DOTNET_GCgen0size: '0x1000000' }).DOTNET_GCgen0size, '0x1000000');
        assert.equal(serverProcessEnvironment({ COMPlus_GCgen0size: '0x1000000' }).DOTNET_GCgen0size, undefined);
    });
});

describe('resolveServer', () => {
    test('prefers the configured path', () => {
        const server = resolveServer(environment({ configuredPath: '/opt/zk/zorginkoop', files: ['/ext/server/zorginkoop'] }));
        assert.deepEqual(server, { command: '/opt/zk/zorginkoop', prefixArgs: [], origin: 'setting' });
    });

    test('runs a configured .dll with dotnet', () => {
        const server = resolveServer(environment({ configuredPath: '/opt/zk/Zorginkoop.DLL' }));
        assert.deepEqual(server, { command: 'dotnet', prefixArgs: ['/opt/zk/Zorginkoop.DLL'], origin: 'setting' });
    });

    test('expands ~ and resolves relative paths against the workspace folder, keeps bare names for the PATH', () => {
        assert.equal(resolveServer(environment({ configuredPath: '~/bin/zorginkoop' })).command, '/home/u/bin/zorginkoop');
        assert.equal(resolveServer(environment({ configuredPath: 'artifacts/zorginkoop' })).command, '/ws/artifacts/zorginkoop');
        assert.equal(resolveServer(environment({ configuredPath: ' zorginkoop-dev ' })).command, 'zorginkoop-dev');
    });

    test('uses the bundled native server, then the bundled dll, then the PATH', () => {
        const both = environment({ files: ['/ext/server/zorginkoop', '/ext/server/zorginkoop.dll'] });
        assert.deepEqual(resolveServer(both), { command: '/ext/server/zorginkoop', prefixArgs: [], origin: 'bundled' });
        const dll = environment({ files: ['/ext/server/zorginkoop.dll'] });
        assert.deepEqual(resolveServer(dll), { command: 'dotnet', prefixArgs: ['/ext/server/zorginkoop.dll'], origin: 'bundled' });
        assert.deepEqual(resolveServer(environment()), { command: 'zorginkoop', prefixArgs: [], origin: 'path' });
    });

    test('looks for zorginkoop.exe on Windows', () => {
        const env = environment({ platform: 'win32', extensionPath: 'C:\\ext', files: ['C:\\ext\\server\\zorginkoop.exe'] });
        assert.equal(resolveServer(env).command, 'C:\\ext\\server\\zorginkoop.exe');
    });

    test('puts the verb after the dll', () => {
        const server = { command: 'dotnet', prefixArgs: ['/ext/server/zorginkoop.dll'], origin: 'bundled' };
        assert.deepEqual(commandLine(server, ['lsp']), { command: 'dotnet', args: ['/ext/server/zorginkoop.dll', 'lsp'] });
    });
});

describe('findOnPath and findMissing', () => {
    const files = new Set(['/usr/bin/dotnet', '/opt/zk/zorginkoop', 'C:\\tools\\zorginkoop.exe']);
    const fileExists = (file) => files.has(file);

    test('searches the PATH entries in order', () => {
        assert.equal(findOnPath('zorginkoop', '/usr/bin::/opt/zk', 'linux', fileExists), '/opt/zk/zorginkoop');
        assert.equal(findOnPath('zorginkoop', '/usr/bin', 'linux', fileExists), undefined);
        assert.equal(findOnPath('zorginkoop', undefined, 'linux', fileExists), undefined);
        assert.equal(findOnPath('zorginkoop', 'C:\\Windows;C:\\tools', 'win32', fileExists, '.COM;.EXE'), 'C:\\tools\\zorginkoop.exe');
    });

    test('names what is missing: the program, or the dll that dotnet would run', () => {
        const env = { platform: 'linux', fileExists, pathVariable: '/usr/bin' };
        assert.equal(findMissing({ command: 'zorginkoop', prefixArgs: [], origin: 'path' }, env), 'zorginkoop');
        assert.equal(findMissing({ command: '/opt/zk/zorginkoop', prefixArgs: [], origin: 'setting' }, env), undefined);
        assert.equal(findMissing({ command: 'dotnet', prefixArgs: ['/x/zorginkoop.dll'], origin: 'setting' }, env), '/x/zorginkoop.dll');
        assert.equal(findMissing({ command: 'dotnet', prefixArgs: ['/x/zorginkoop.dll'], origin: 'setting' }, { ...env, pathVariable: '/bin' }), 'dotnet');
    });
});

describe('validateIsoDate', () => {
    test('accepts real dates, including 29 February in leap years', () => {
        for (const date of ['2026-01-01', '2025-09-30', '2028-02-29', ' 2026-12-31 ']) {
            assert.equal(validateIsoDate(date), undefined, date);
        }
    });

    test('rejects other shapes and dates that do not exist', () => {
        assert.match(validateIsoDate(''), /JJJJ-MM-DD/);
        for (const text of ['30-09-2025', '2025-9-30', '30 september 2025', '2025/09/30', '2025-09-30x']) {
            assert.match(validateIsoDate(text), /geen datum/, text);
        }
        for (const text of ['2026-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00']) {
            assert.match(validateIsoDate(text), /bestaat niet/, text);
        }
    });

    test('todayIso pads month and day', () => {
        assert.equal(todayIso(new Date(2026, 0, 5)), '2026-01-05');
    });
});

describe('runCli', () => {
    const sink = () => {
        const lines = { text: '' };
        return { lines, append: (t) => { lines.text += t; }, appendLine: (t) => { lines.text += `${t}\n`; } };
    };

    test('streams stdout and stderr and returns the exit code', async () => {
        const out = sink();
        const script = 'process.stdout.write("één\\n"); process.stderr.write("fout\\n"); process.exit(4)';
        const result = await runCli(process.execPath, ['-e', script], undefined, out);
        assert.equal(result.exitCode, 4);
        assert.match(out.lines.text, /^> .+ -e "process/);
        assert.match(out.lines.text, /één\n/);
        assert.match(out.lines.text, /fout\n/);
    });

    test('asks for plain output without colours', async () => {
        const out = sink();
        await runCli(process.execPath, ['-e', 'console.log("NO_COLOR=" + process.env.NO_COLOR)'], undefined, out);
        assert.match(out.lines.text, /NO_COLOR=1/);
    });

    test('reports a program that does not exist instead of throwing', async () => {
        const out = sink();
        const result = await runCli('/nonexistent/zorginkoop', ['test'], undefined, out);
        assert.equal(result.exitCode, undefined);
        assert.match(result.error, /niet gevonden/);
    });

    test('displayCommandLine quotes arguments with spaces', () => {
        assert.equal(displayCommandLine('zorginkoop', ['test', '/a b/c.zip', '--on', '2026-01-01']), 'zorginkoop test "/a b/c.zip" --on 2026-01-01');
    });
});
