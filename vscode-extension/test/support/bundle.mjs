// Bundles the extension's TypeScript with esbuild so tests can run it under plain Node, without VS Code.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleOptions, extensionRoot } from '../../scripts/build.mjs';

/** Imports one src/ module (and what it imports) as ES module; it must not import 'vscode'. */
export async function importSource(entry) {
    const result = await esbuild.build({
        absWorkingDir: extensionRoot,
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        write: false,
        logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Builds the real extension bundle into a temporary folder whose node_modules/vscode hands out `vscodeStub`,
 * and loads it: what VS Code does on activation, with VS Code replaced by the stub.
 */
export async function loadExtensionWith(vscodeStub) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zorginkoop-extension-'));
    await esbuild.build({ ...bundleOptions, outfile: path.join(dir, 'extension.js'), minify: false, logLevel: 'silent' });
    const stubDir = path.join(dir, 'node_modules', 'vscode');
    mkdirSync(stubDir, { recursive: true });
    const key = `__zorginkoopVscodeStub${Date.now()}${Math.random().toString(36).slice(2)}`;
    globalThis[key] = vscodeStub;
    writeFileSync(path.join(stubDir, 'index.js'), `module.exports = globalThis[${JSON.stringify(key)}];\n`);
    try {
        return createRequire(path.join(dir, 'extension.js'))('./extension.js');
    } finally {
        // Loaded modules stay in memory; the files are no longer needed.
        rmSync(dir, { recursive: true, force: true });
        delete globalThis[key];
    }
}
