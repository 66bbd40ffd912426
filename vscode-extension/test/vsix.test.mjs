// Packs the extension with vsce (scripts/package.mjs) into a temporary folder and checks what the .vsix holds.
// ZORGINKOOP_VSIX=<file> checks that package instead; with ZORGINKOOP_SERVER_DIR the published server must be inside.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverDir = process.env['ZORGINKOOP_SERVER_DIR'];

/** name → { mode, read() } for every entry of a zip file; the caller closes `zip`. */
function readZip(file) {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => {
            if (error) return reject(error);
            const entries = new Map();
            zip.on('entry', (entry) => {
                const read = () => new Promise((res, rej) => {
                    zip.openReadStream(entry, (streamError, stream) => {
                        if (streamError) return rej(streamError);
                        const chunks = [];
                        stream.on('data', (chunk) => chunks.push(chunk));
                        stream.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
                        stream.on('error', rej);
                    });
                });
                entries.set(entry.fileName, { mode: (entry.externalFileAttributes >>> 16) & 0o777, read });
                zip.readEntry();
            });
            zip.on('end', () => resolve({ entries, zip }));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}

function packageExtension() {
    const given = process.env['ZORGINKOOP_VSIX'];
    if (given) {
        assert.ok(existsSync(given), `ZORGINKOOP_VSIX=${given} does not exist`);
        return path.resolve(given);
    }
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-vsix-')), 'zorginkoop-dsl.vsix');
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, `scripts/package.mjs failed\n${result.stdout}\n${result.stderr}`);
    return out;
}

function filesUnder(dir, prefix = '') {
    return readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
}

describe('zorginkoop-dsl.vsix', () => {
    let vsix;
    let entries;
    let zip;

    before(async () => {
        vsix = packageExtension();
        ({ entries, zip } = await readZip(vsix));
    });

    after(() => {
        zip?.close();
        if (!process.env['ZORGINKOOP_VSIX'] && vsix) {
            rmSync(path.dirname(vsix), { recursive: true, force: true });
        }
    });

    test('holds the manifest, the bundle, the grammar, the snippets and the language configuration', async () => {
        for (const name of [
            'extension/package.json',
            'extension/dist/extension.js',
            'extension/syntaxes/zorginkoop.tmLanguage.json',
            'extension/snippets/zorginkoop.json',
            'extension/language-configuration.json',
            'extension.vsixmanifest',
        ]) {
            assert.ok(entries.has(name), `${name} in ${vsix}`);
        }
        const manifest = JSON.parse(await entries.get('extension/package.json').read());
        assert.equal(manifest.name, 'zorginkoop-dsl');
        assert.equal(manifest.publisher, 'zorginkoop');
        const bundle = await entries.get('extension/dist/extension.js').read();
        assert.match(bundle, /zorginkoop\.runScenarios/);
        assert.doesNotMatch(bundle, /require\(["']vscode-languageclient/, 'the client library is bundled, not required');
    });

    test('leaves out sources, tests, scripts, node_modules and source maps', () => {
        const unwanted = [...entries.keys()].filter((name) =>
            /^extension\/(src|test|scripts|node_modules)\//.test(name) || /\.(map|ts|vsix)$/.test(name),
        );
        assert.deepEqual(unwanted, []);
    });

    test('holds the published server from ZORGINKOOP_SERVER_DIR', { skip: !serverDir && 'ZORGINKOOP_SERVER_DIR not set' }, () => {
        const expected = filesUnder(serverDir).map((file) => `extension/server/${file}`);
        assert.ok(expected.length > 0, `${serverDir} is empty`);
        const missing = expected.filter((name) => !entries.has(name));
        assert.deepEqual(missing, [], 'server files missing from the package');
        const native = entries.get('extension/server/zorginkoop');
        if (native) {
            assert.equal(native.mode & 0o111, 0o111, 'server/zorginkoop is executable');
        }
    });
});
