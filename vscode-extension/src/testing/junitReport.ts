import { XMLParser } from 'fast-xml-parser';

/** A place in a policy file as the command line prints it: `bestand(regel,kolom)`, one-based. */
export interface ReportLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
}

/** One `verwacht` that did not hold, as the failure of a JUnit test case spells it out. */
export interface ExpectationFailure {
    readonly location: ReportLocation | undefined;
    readonly expectation: string;
    readonly expected: string;
    readonly actual: string;
    readonly explanation: string;
}

export interface ReportedCase {
    readonly name: string;
    readonly file: string | undefined;
    /** One-based, as in the report. */
    readonly line: number | undefined;
    readonly seconds: number;
    readonly failures: readonly ExpectationFailure[];
    /** A failure whose text this reading could not split into expectations, or an error (a policy with errors). */
    readonly problem: string | undefined;
    readonly isError: boolean;
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: 'text',
    isArray: (name) => name === 'testsuite' || name === 'testcase',
    parseAttributeValue: false,
    trimValues: false,
});

/**
 * Reads the JUnit XML `zorginkoop test --junit` writes (docs/cli.md, "test"): one testsuite per file, one testcase
 * per scenario, and for a failed scenario a failure whose text gives, per expectation,
 * `bestand(regel,kolom): verwachting`, `- verwacht:  …`, `+ werkelijk: …` and then why.
 */
export function readJUnit(xml: string): ReportedCase[] {
    const document = parser.parse(xml) as { testsuites?: { testsuite?: JUnitSuite[] } };
    const cases: ReportedCase[] = [];
    for (const suite of document.testsuites?.testsuite ?? []) {
        for (const testCase of suite.testcase ?? []) {
            const failure = textOf(testCase.failure);
            const error = textOf(testCase.error);
            const failures = failure === undefined ? [] : expectationFailures(failure);
            cases.push({
                name: testCase.name ?? '',
                file: testCase.file,
                line: testCase.line === undefined ? undefined : Number(testCase.line),
                seconds: Number(testCase.time ?? '0'),
                failures,
                problem: error ?? (failure !== undefined && failures.length === 0 ? failure : undefined),
                isError: error !== undefined,
            });
        }
    }
    return cases;
}

interface JUnitCase {
    name?: string;
    file?: string;
    line?: string;
    time?: string;
    failure?: JUnitText;
    error?: JUnitText;
}

interface JUnitSuite {
    testcase?: JUnitCase[];
}

type JUnitText = string | { text?: string; message?: string };

function textOf(element: JUnitText | undefined): string | undefined {
    if (element === undefined) {
        return undefined;
    }
    if (typeof element === 'string') {
        return element;
    }
    return element.text ?? element.message ?? '';
}

const headLine = /^(.*)\((\d+),(\d+)\): (.*)$/;

export function expectationFailures(details: string): ExpectationFailure[] {
    const lines = details.split('\n');
    const failures: ExpectationFailure[] = [];
    for (let i = 0; i + 2 < lines.length; i++) {
        const expected = lines[i + 1] ?? '';
        const actual = lines[i + 2] ?? '';
        if (!expected.startsWith('- verwacht:') || !actual.startsWith('+ werkelijk:')) {
            continue;
        }
        const head = headLine.exec(lines[i] ?? '');
        let end = i + 3;
        while (end < lines.length && !(lines[end] === '' && (lines[end + 2] ?? '').startsWith('- verwacht:'))) {
            end++;
        }
        failures.push({
            location: head === null ? undefined : { file: head[1] ?? '', line: Number(head[2]), column: Number(head[3]) },
            expectation: head === null ? (lines[i] ?? '') : (head[4] ?? ''),
            expected: expected.slice('- verwacht:'.length).trim(),
            actual: actual.slice('+ werkelijk:'.length).trim(),
            explanation: lines.slice(i + 3, end).join('\n').trim(),
        });
        i = end - 1;
    }
    return failures;
}
