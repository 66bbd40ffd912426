// A stand-in for the 'vscode' module: the parts the extension calls are recorded fakes; everything else
// (touched by vscode-languageclient while it loads) is an inert object that accepts any use.
import { readFileSync } from 'node:fs';

function inert(name) {
    const target = function () {};
    return new Proxy(target, {
        get(_, property) {
            if (property === 'then' || property === '__esModule') return undefined;
            if (property === Symbol.toPrimitive) return () => `[${name}]`;
            if (property === 'prototype') return target.prototype;
            return inert(`${name}.${String(property)}`);
        },
        apply: () => inert(`${name}()`),
        construct: () => inert(`new ${name}`),
    });
}

function overlay(values, name) {
    return new Proxy(values, {
        get(target, property) {
            if (property === 'then' || property === '__esModule') return undefined;
            if (!(property in target)) return inert(`${name}.${String(property)}`);
            const value = target[property];
            const isPlainObject = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
            return isPlainObject ? overlay(value, `${name}.${String(property)}`) : value;
        },
    });
}

class Uri {
    constructor(fsPath) {
        this.scheme = 'file';
        this.fsPath = fsPath;
        this.path = fsPath;
    }
    static file(fsPath) {
        return new Uri(fsPath);
    }
    toString() {
        return `file://${encodeURI(this.fsPath)}`;
    }
}

class Position {
    constructor(line, character) {
        this.line = line;
        this.character = character;
    }
}

class Range {
    constructor(startLine, startCharacter, endLine, endCharacter) {
        this.start = new Position(startLine, startCharacter);
        this.end = new Position(endLine, endCharacter);
    }
}

class Location {
    constructor(uri, rangeOrPosition) {
        this.uri = uri;
        this.range = rangeOrPosition;
    }
}

class TestMessage {
    constructor(message) {
        this.message = message;
    }
    static diff(message, expected, actual) {
        const result = new TestMessage(message);
        result.expectedOutput = expected;
        result.actualOutput = actual;
        return result;
    }
}

/** A collection of test items as VS Code's TestItemCollection behaves: keyed by id, in insertion order. */
class TestItemCollection {
    constructor(parent) {
        this.parent = parent;
        this.map = new Map();
    }
    get size() { return this.map.size; }
    get(id) { return this.map.get(id); }
    add(item) {
        item.parent = this.parent;
        this.map.set(item.id, item);
    }
    delete(id) { this.map.delete(id); }
    replace(items) {
        this.map.clear();
        for (const item of items) this.add(item);
    }
    forEach(callback) { for (const item of this.map.values()) callback(item, this); }
    [Symbol.iterator]() { return this.map.entries(); }
}

/** A fake TestController: records its items, run profiles and, per run, what each item ended as. */
function createTestController(id, label, calls) {
    const controller = {
        id,
        label,
        profiles: [],
        runs: [],
        createTestItem(itemId, itemLabel, uri) {
            const item = { id: itemId, label: itemLabel, uri, range: undefined, parent: undefined };
            item.children = new TestItemCollection(item);
            return item;
        },
        createRunProfile(profileLabel, kind, runHandler, isDefault) {
            const profile = { label: profileLabel, kind, runHandler, isDefault, dispose() {} };
            controller.profiles.push(profile);
            return profile;
        },
        createTestRun(request) {
            const run = { request, states: new Map(), output: '', ended: false };
            const set = (state) => (item, ...rest) => run.states.set(item.id, { state, item, rest });
            Object.assign(run, {
                enqueued: set('enqueued'),
                started: set('started'),
                skipped: set('skipped'),
                passed: set('passed'),
                failed: set('failed'),
                errored: set('errored'),
                appendOutput(text) { run.output += text; },
                end() { run.ended = true; },
            });
            controller.runs.push(run);
            return run;
        },
        dispose() {},
    };
    controller.items = new TestItemCollection(undefined);
    calls.testControllers.push(controller);
    return controller;
}

/** A policy document as VS Code would report it for the active editor. */
export function policyDocument(fsPath, { isDirty = false } = {}) {
    const document = {
        uri: Uri.file(fsPath),
        languageId: 'zorginkoop',
        isDirty,
        isUntitled: false,
        saved: 0,
        save: async () => {
            document.saved += 1;
            document.isDirty = false;
            return true;
        },
    };
    return document;
}

export function createVscodeStub({ configuration = {}, activeDocument, inputBoxValue, workspaceFiles } = {}) {
    const disposable = { dispose() {} };
    const calls = {
        commands: new Map(),
        information: [],
        warnings: [],
        errors: [],
        inputBoxes: [],
        outputs: new Map(),
        testControllers: [],
    };
    const vscode = overlay(
        {
            Uri,
            Position,
            Range,
            Location,
            TestMessage,
            TestRunProfileKind: { Run: 1, Debug: 2, Coverage: 3 },
            tests: {
                createTestController: (id, label) => createTestController(id, label, calls),
            },
            ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
            commands: {
                registerCommand(id, handler) {
                    calls.commands.set(id, handler);
                    return disposable;
                },
                executeCommand: async () => undefined,
            },
            window: {
                activeTextEditor: activeDocument === undefined ? undefined : { document: activeDocument },
                createOutputChannel(name) {
                    const channel = {
                        name,
                        text: '',
                        append(text) { channel.text += text; },
                        appendLine(text) { channel.text += `${text}\n`; },
                        clear() { channel.text = ''; },
                        show() {},
                        dispose() {},
                    };
                    calls.outputs.set(name, channel);
                    return channel;
                },
                showInformationMessage: async (message) => { calls.information.push(message); },
                showWarningMessage: async (message) => { calls.warnings.push(message); },
                showErrorMessage: async (message) => { calls.errors.push(message); },
                showInputBox: async (options) => {
                    calls.inputBoxes.push(options);
                    return inputBoxValue;
                },
                showWorkspaceFolderPick: async () => undefined,
                withProgress: (_options, task) => task({ report() {} }, { isCancellationRequested: false }),
            },
            workspace: {
                workspaceFolders: undefined,
                textDocuments: activeDocument === undefined ? [] : [activeDocument],
                getConfiguration: () => ({ get: (key) => configuration[key] }),
                getWorkspaceFolder: () => undefined,
                onDidChangeConfiguration: () => disposable,
                createFileSystemWatcher: () => inert('FileSystemWatcher'),
                onDidChangeTextDocument: () => disposable,
                findFiles: async () => (workspaceFiles ?? []).map((f) => Uri.file(f)),
                asRelativePath: (uri) => (typeof uri === 'string' ? uri : uri.fsPath),
                fs: { readFile: async (uri) => readFileSync(uri.fsPath) },
            },
        },
        'vscode',
    );
    return { vscode, calls, configuration };
}
