// A stand-in for the 'vscode' module: the parts the extension calls are recorded fakes; everything else
// (touched by vscode-languageclient while it loads) is an inert object that accepts any use.

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

export function createVscodeStub({ configuration = {}, activeDocument, inputBoxValue } = {}) {
    const disposable = { dispose() {} };
    const calls = {
        commands: new Map(),
        information: [],
        warnings: [],
        errors: [],
        inputBoxes: [],
        outputs: new Map(),
    };
    const vscode = overlay(
        {
            Uri,
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
            },
        },
        'vscode',
    );
    return { vscode, calls, configuration };
}
