// The TextMate grammar: generated file up to date, every keyword of the ANTLR lexer highlighted, and the real
// policies and the snippets highlighted without invalid tokens or strings left open.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { renderGrammar } from '../scripts/textmate.mjs';
import { extensionRoot, grammarFile, tokenize } from './support/textmate.mjs';

const repositoryRoot = path.join(extensionRoot, '..');
const lexerGrammar = path.join(repositoryRoot, 'grammar', 'Zorginkoop.g4');
const policiesDir = path.join(repositoryRoot, 'policies');

const isHighlightedWord = (scope) => /^(keyword|storage|support|constant\.language)\./.test(scope);

/** Every lexer rule that is one literal word, e.g. `EISEN : 'eisen' ;` → eisen (also ja/nee, t/m, vóór). */
function lexerKeywords() {
    const text = readFileSync(lexerGrammar, 'utf8');
    return [...text.matchAll(/^([A-Z][A-Z_]*)\s*:\s*'([^']+)'\s*;/gm)]
        .map((m) => m[2])
        .filter((literal) => /\p{L}/u.test(literal));
}

async function scopesOf(word, source) {
    const tokens = await tokenize(source);
    return tokens.filter((t) => t.text === word).flatMap((t) => t.scopes);
}

/** Gives every snippet placeholder its default (or first choice), as accepting the snippet unchanged would. */
function expandSnippet(body) {
    return (Array.isArray(body) ? body.join('\n') : body)
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

function assertCleanTokens(tokens, label) {
    const invalid = tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
    assert.deepEqual(invalid.map((t) => `${label}:${t.line + 1} ${t.text}`), [], 'invalid tokens');
    const opened = tokens.filter((t) => t.scopes.some((s) => s.startsWith('punctuation.definition.string.begin')));
    const closed = tokens.filter((t) => t.scopes.some((s) => s.startsWith('punctuation.definition.string.end')));
    assert.equal(closed.length, opened.length, `${label}: every string closes on its own line`);
}

describe('TextMate grammar', () => {
    test('syntaxes/zorginkoop.tmLanguage.json is what scripts/textmate.mjs generates (run `npm run grammar`)', () => {
        assert.equal(readFileSync(grammarFile, 'utf8'), renderGrammar());
    });

    test('highlights every keyword of the ANTLR lexer', { skip: !existsSync(lexerGrammar) && 'no grammar/Zorginkoop.g4' }, async () => {
        const keywords = lexerKeywords();
        assert.ok(keywords.length > 50, `found ${keywords.length} keywords in ${lexerGrammar}`);
        const missing = [];
        for (const keyword of keywords) {
            // Type names (tekst, datum, …) are keywords only in a field's type; elsewhere they are ordinary names.
            const inExpression = await scopesOf(keyword, `   ${keyword} `);
            const inFieldType = await scopesOf(keyword, `gegevens R {\n    veld: ${keyword}\n}`);
            if (![...inExpression, ...inFieldType].some(isHighlightedWord)) {
                missing.push(keyword);
            }
        }
        assert.deepEqual(missing, [], 'keywords of grammar/Zorginkoop.g4 that scripts/textmate.mjs does not highlight');
    });

    test('highlights the policies in policies/ without invalid tokens', { skip: !existsSync(policiesDir) && 'no policies/' }, async () => {
        const files = readdirSync(policiesDir, { recursive: true }).map(String).filter((f) => f.endsWith('.zip'));
        for (const file of files) {
            const tokens = await tokenize(readFileSync(path.join(policiesDir, file), 'utf8'));
            assertCleanTokens(tokens, file);
        }
    });

    test('highlights every snippet, as inserted, without invalid tokens', async () => {
        const snippets = JSON.parse(readFileSync(path.join(extensionRoot, 'snippets', 'zorginkoop.json'), 'utf8'));
        for (const [name, snippet] of Object.entries(snippets)) {
            const tokens = await tokenize(expandSnippet(snippet.body));
            assertCleanTokens(tokens, name);
            assert.ok(tokens[0].scopes.some(isHighlightedWord), `${name} starts with a keyword: ${tokens[0].scopes}`);
        }
    });
});
