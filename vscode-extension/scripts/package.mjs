// Packages the extension into zorginkoop-dsl.vsix with vsce (works offline).
//   node scripts/package.mjs [--out <file.vsix>]
// When ZORGINKOOP_SERVER_DIR names a folder (a `dotnet publish` of the zorginkoop command line), its contents
// replace server/ first, so the extension starts that server without anything on the PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
export const defaultVsixPath = path.join(root, 'zorginkoop-dsl.vsix');

function argument(name) {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

function copyServer(sourceDir) {
    const source = path.resolve(sourceDir);
    if (!existsSync(source) || !statSync(source).isDirectory()) {
        throw new Error(`ZORGINKOOP_SERVER_DIR is not a folder: ${source}`);
    }
    const target = path.join(root, 'server');
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true });
    // vsce records file modes; the native launcher must stay executable after installation.
    for (const name of ['zorginkoop', 'createdump']) {
        const file = path.join(target, name);
        if (existsSync(file)) {
            chmodSync(file, 0o755);
        }
    }
    const hasServer = ['zorginkoop', 'zorginkoop.exe', 'zorginkoop.dll'].some((name) => existsSync(path.join(target, name)));
    if (!hasServer) {
        throw new Error(`${source} has no zorginkoop, zorginkoop.exe or zorginkoop.dll`);
    }
    console.log(`copied ${readdirSync(target).length} entries from ${source} into server/`);
}

const out = path.resolve(argument('--out') ?? defaultVsixPath);
const serverDir = process.env['ZORGINKOOP_SERVER_DIR'];
if (serverDir) {
    copyServer(serverDir);
} else if (existsSync(path.join(root, 'server'))) {
    console.log('ZORGINKOOP_SERVER_DIR not set; packaging the server/ folder that is already there.');
} else {
    console.log('ZORGINKOOP_SERVER_DIR not set; packaging without a server (zorginkoop is then taken from the PATH).');
}

const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
// vsce runs the vscode:prepublish script (npm run build) before it packs.
const result = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out],
    { cwd: root, stdio: 'inherit' },
);
if (result.status !== 0) {
    console.error(`vsce package failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
}
console.log(`packaged ${out}`);
