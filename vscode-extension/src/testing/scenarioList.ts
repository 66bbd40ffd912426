/** A scenario as it stands in a policy file: its title (adjacent texts joined as the language joins them) and line. */
export interface ScenarioEntry {
    readonly title: string;
    /** Zero-based line of the `scenario` keyword. */
    readonly line: number;
    readonly column: number;
}

const stringPiece = /^\s*"((?:[^"\\\n]|\\.)*)"/;

/**
 * The scenarios of a policy file, found in its text without the language server, so the Test Explorer lists them
 * before any server runs. Reads `scenario "titel" {` (the title may be several adjacent texts, joined by one space
 * unless a piece ends in `\n`, as the language does) outside comments. The run matches results to these by title;
 * a title this reading gets wrong shows as "not in the report" rather than as a wrong result.
 */
export function scenariosIn(text: string): ScenarioEntry[] {
    const found: ScenarioEntry[] = [];
    const withoutComments = blankComments(text);
    const keyword = /\bscenario\b/g;
    for (let match = keyword.exec(withoutComments); match !== null; match = keyword.exec(withoutComments)) {
        let rest = withoutComments.slice(match.index + match[0].length);
        const pieces: string[] = [];
        for (let piece = stringPiece.exec(rest); piece !== null; piece = stringPiece.exec(rest)) {
            pieces.push(unescape(piece[1] ?? ''));
            rest = rest.slice(piece[0].length);
        }
        if (pieces.length === 0 || !/^\s*\{/.test(rest)) {
            continue;
        }
        const before = withoutComments.slice(0, match.index);
        const line = before.split('\n').length - 1;
        const column = match.index - (before.lastIndexOf('\n') + 1);
        found.push({ title: join(pieces), line, column });
    }
    return found;
}

function join(pieces: readonly string[]): string {
    let joined = pieces[0] ?? '';
    for (const piece of pieces.slice(1)) {
        joined += joined.endsWith('\n') || joined.endsWith(' ') || piece.startsWith(' ') ? piece : ` ${piece}`;
    }
    return joined;
}

function unescape(text: string): string {
    return text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/** Comments become spaces (line breaks kept), so positions stay and a commented-out scenario is not listed. */
function blankComments(text: string): string {
    let result = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            const end = stringEnd(text, i);
            result += text.slice(i, end);
            i = end;
        } else if (c === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            const stop = end === -1 ? text.length : end;
            result += ' '.repeat(stop - i);
            i = stop;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end === -1 ? text.length : end + 2;
            result += text.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else {
            result += c;
            i++;
        }
    }
    return result;
}

function stringEnd(text: string, start: number): number {
    let i = start + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
        i += text[i] === '\\' ? 2 : 1;
    }
    return Math.min(text.length, i + 1);
}
