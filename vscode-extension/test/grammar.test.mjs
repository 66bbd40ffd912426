// Runs the scope assertions in test/grammar/*.test.zip with vscode-tmgrammar-test (the grammar is found through
// package.json's contributes.grammars). One test per file so a failure names it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const runner = path.join(path.dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const cases = readdirSync(path.join(root, 'test', 'grammar')).filter((f) => f.endsWith('.test.zip')).sort();

test('there are grammar test cases', () => {
    assert.ok(cases.length >= 4, cases.join(', '));
});

for (const file of cases) {
    test(`grammar assertions in test/grammar/${file}`, () => {
        const result = spawnSync(process.execPath, [runner, '--compact', `test/grammar/${file}`], { cwd: root, encoding: 'utf8' });
        assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    });
}
