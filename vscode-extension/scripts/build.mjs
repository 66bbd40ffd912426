// Bundles src/extension.ts and vscode-languageclient into dist/extension.js (CommonJS, as VS Code loads it).
//   node scripts/build.mjs [--watch]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

export const extensionRoot = fileURLToPath(new URL('..', import.meta.url));

/** The esbuild options for the extension bundle; tests reuse them to bundle in memory. */
export const bundleOptions = {
    absWorkingDir: extensionRoot,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'info',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    if (process.argv.includes('--watch')) {
        const context = await esbuild.context({ ...bundleOptions, minify: false, sourcemap: 'linked' });
        await context.watch();
    } else {
        await esbuild.build(bundleOptions);
    }
}
