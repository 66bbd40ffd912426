// The problem matcher the extension contributes ($zorginkoop, for tasks that run `zorginkoop check`) reads what the
// real command line prints: each diagnostic line becomes one problem with its file, line, column, severity, code
// and message. Runs the built zorginkoop.dll (ZORGINKOOP_SERVER_DLL, else the repository's Debug/Release build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const configured = process.env['ZORGINKOOP_SERVER_DLL'];
const serverDll = (configured ? [configured] : ['Debug', 'Release'].map((c) => path.join(repository, 'src', 'Zorginkoop.Dsl.Cli', 'bin', c, 'net10.0', 'zorginkoop.dll')))
    .find((c) => existsSync(c));
const dotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;

test('the zorginkoop problem matcher reads every diagnostic line of zorginkoop check', { skip: serverDll && dotnet ? false : 'no built zorginkoop.dll' }, () => {
    const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'zorginkoop');
    assert.ok(matcher, 'problem matcher zorginkoop');
    assert.equal(matcher.owner, 'zorginkoop');
    const work = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop matcher '));
    try {
        // A folder name with a space, a warning (no header properties) and an error (a missing brace).
        writeFileSync(path.join(work, 'beleid.zip'), 'beleid "x" {\n  eisen A {\n    eis b "b" { aanbieder.foo }\n  }\n}\n');
        const check = spawnSync('dotnet', [serverDll, 'check', 'beleid.zip'], { cwd: work, encoding: 'utf8' });
        const lines = check.stdout.split('\n').filter((l) => /\b(error|warning) ZI\d{4}\b/.test(l));
        assert.ok(lines.length >= 2, check.stdout);
        const pattern = new RegExp(matcher.pattern.regexp);
        const problems = lines.map((line) => {
            const match = pattern.exec(line);
            assert.ok(match, `not matched: ${line}`);
            return {
                file: match[matcher.pattern.file],
                line: Number(match[matcher.pattern.line]),
                column: Number(match[matcher.pattern.column]),
                severity: match[matcher.pattern.severity],
                code: match[matcher.pattern.code],
                message: match[matcher.pattern.message],
            };
        });
        assert.ok(problems.every((p) => p.file === 'beleid.zip' && p.line >= 1 && p.column >= 1 && /^ZI\d{4}$/.test(p.code) && p.message.length > 0));
        assert.ok(problems.some((p) => p.severity === 'error'));
        assert.ok(problems.some((p) => p.severity === 'warning'));
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
});
