// The manifest (package.json) contributes what the extension promises, and every file it names exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = readJson('package.json');
const { contributes } = manifest;

describe('package.json', () => {
    test('identifies the extension', () => {
        assert.equal(manifest.name, 'zorginkoop-dsl');
        assert.equal(manifest.publisher, 'zorginkoop');
        assert.equal(manifest.engines.vscode, '^1.90.0');
        assert.equal(manifest.main, './dist/extension.js');
        assert.ok(manifest.scripts['vscode:prepublish'], 'vsce must build before it packs');
    });

    test('@types/vscode is not newer than engines.vscode (vsce refuses to package otherwise)', () => {
        const minimum = manifest.engines.vscode.replace(/^\^/, '');
        const types = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
        const [tMajor, tMinor] = types.split('.').map(Number);
        const [eMajor, eMinor] = minimum.split('.').map(Number);
        assert.ok(tMajor < eMajor || (tMajor === eMajor && tMinor <= eMinor), `${types} > ${minimum}`);
    });

    test('contributes the zorginkoop language for .zip files', () => {
        const language = contributes.languages.find((l) => l.id === 'zorginkoop');
        assert.ok(language, 'language zorginkoop');
        assert.deepEqual(language.extensions, ['.zip']);
        const configuration = readJson(language.configuration);
        assert.equal(configuration.comments.lineComment, '//');
        assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
        for (const pair of [['{', '}'], ['[', ']'], ['(', ')']]) {
            assert.ok(configuration.brackets.some((b) => b[0] === pair[0] && b[1] === pair[1]), pair.join(''));
        }
        assert.ok(configuration.autoClosingPairs.some((p) => p.open === '"' && p.close === '"'), 'auto-closing quotes');
        for (const pattern of Object.values(configuration.indentationRules)) {
            assert.doesNotThrow(() => new RegExp(pattern));
        }
        assert.doesNotThrow(() => new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags));
    });

    test('contributes the TextMate grammar, which exists and has the declared scope', () => {
        const grammar = contributes.grammars.find((g) => g.language === 'zorginkoop');
        assert.ok(grammar);
        assert.equal(grammar.scopeName, 'source.zorginkoop');
        assert.ok(existsSync(path.join(root, grammar.path)), grammar.path);
        assert.equal(readJson(grammar.path).scopeName, 'source.zorginkoop');
    });

    test('contributes snippets for every top-level construct, each with a prefix and a body', () => {
        const entry = contributes.snippets.find((s) => s.language === 'zorginkoop');
        assert.ok(entry);
        const snippets = readJson(entry.path);
        const prefixes = Object.values(snippets).map((s) => s.prefix);
        for (const construct of ['beleid', 'gebruik', 'keuze', 'gegevens', 'aanvulling', 'definitie', 'eisen', 'eis', 'addendum', 'tijdlijn', 'wijziging', 'scenario']) {
            assert.ok(prefixes.includes(construct), `snippet for ${construct}`);
        }
        for (const [name, snippet] of Object.entries(snippets)) {
            const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
            assert.equal(typeof body, 'string', name);
            assert.ok(body.trim().length > 0, `${name} has a body`);
            assert.ok(snippet.description, `${name} has a description`);
            assert.ok(body.trimStart().startsWith(snippet.prefix), `${name} starts with its keyword`);
        }
    });

    test('declares the commands with their titles, and every menu entry names a declared command', () => {
        const title = (id) => {
            const command = contributes.commands.find((c) => c.command === id);
            return command && `${command.category}: ${command.title}`;
        };
        assert.equal(title('zorginkoop.runScenarios'), "Zorginkoop: Scenario's uitvoeren");
        assert.equal(title('zorginkoop.showTimeline'), 'Zorginkoop: Tijdlijn tonen voor datum');
        assert.equal(title('zorginkoop.restartServer'), 'Zorginkoop: Taalserver herstarten');
        const declared = new Set(contributes.commands.map((c) => c.command));
        for (const [menu, entries] of Object.entries(contributes.menus)) {
            for (const entry of entries) {
                assert.ok(declared.has(entry.command), `${menu}: ${entry.command}`);
            }
        }
    });

    test('every declared command is registered in src/', () => {
        const sources = readdirSync(path.join(root, 'src'), { recursive: true })
            .filter((file) => String(file).endsWith('.ts'))
            .map((file) => readFileSync(path.join(root, 'src', String(file)), 'utf8'))
            .join('\n');
        for (const { command } of contributes.commands) {
            assert.ok(sources.includes(`'${command}'`), command);
        }
    });

    test('declares the server path and trace settings', () => {
        const properties = contributes.configuration.properties;
        assert.equal(properties['zorginkoop.server.path'].type, 'string');
        assert.equal(properties['zorginkoop.server.path'].default, '');
        // vscode-languageclient reads <client id>.trace.server.
        assert.deepEqual(properties['zorginkoop.trace.server'].enum, ['off', 'messages', 'verbose']);
    });

    test('describes every setting in Dutch, as the rest of what an author reads', () => {
        for (const [name, setting] of Object.entries(contributes.configuration.properties)) {
            const text = [setting.description, setting.markdownDescription, ...(setting.enumDescriptions ?? [])].filter(Boolean).join(' ');
            assert.ok(text.length > 0, name);
            assert.doesNotMatch(text, /\b(the|used|Path to|Traces|between|which|when)\b/, `${name}: ${text}`);
        }
    });

    test('turns off the ambiguous-character boxes for the language (en dashes and curly quotes are policy text)', () => {
        assert.equal(contributes.configurationDefaults['[zorginkoop]']['editor.unicodeHighlight.ambiguousCharacters'], false);
    });

    test('activates when the workspace has policy files, so the Test Explorer lists scenarios before one is opened', () => {
        assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.zip'));
    });

    test('.vscodeignore keeps sources, tests and node_modules out of the package', () => {
        const ignored = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split(/\r?\n/);
        for (const pattern of ['src/**', 'test/**', 'node_modules/**', 'scripts/**']) {
            assert.ok(ignored.includes(pattern), pattern);
        }
    });
});
