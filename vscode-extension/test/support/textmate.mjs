// Loads the extension's TextMate grammar with the same engine VS Code uses (vscode-textmate + Oniguruma).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
export const extensionRoot = fileURLToPath(new URL('../..', import.meta.url));
export const grammarFile = fileURLToPath(new URL('../../syntaxes/zorginkoop.tmLanguage.json', import.meta.url));

let grammarPromise;

/** The compiled grammar for source.zorginkoop (loaded once per process). */
export function loadGrammar() {
    grammarPromise ??= (async () => {
        const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
        await oniguruma.loadWASM(wasm);
        const registry = new vsctm.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
                createOnigString: (text) => new oniguruma.OnigString(text),
            }),
            loadGrammar: async (scopeName) =>
                scopeName === 'source.zorginkoop'
                    ? vsctm.parseRawGrammar(readFileSync(grammarFile, 'utf8'), grammarFile)
                    : null,
        });
        return registry.loadGrammar('source.zorginkoop');
    })();
    return grammarPromise;
}

/** Tokenizes text line by line; returns [{ line, text, scopes }] with the scope stack of every token. */
export async function tokenize(source) {
    const grammar = await loadGrammar();
    let ruleStack = vsctm.INITIAL;
    const tokens = [];
    source.split(/\r?\n/).forEach((line, lineIndex) => {
        const result = grammar.tokenizeLine(line, ruleStack);
        for (const token of result.tokens) {
            tokens.push({ line: lineIndex, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes.slice(1) });
        }
        ruleStack = result.ruleStack;
    });
    return tokens;
}

// Debugging aid: node test/support/textmate.mjs file.zip
if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const source = readFileSync(process.argv[2], 'utf8');
    for (const token of await tokenize(source)) {
        if (token.text.trim() !== '') {
            console.log(`${token.line + 1}\t${JSON.stringify(token.text)}\t${token.scopes.join(' ')}`);
        }
    }
}
