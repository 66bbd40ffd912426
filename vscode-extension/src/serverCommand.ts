import * as path from 'node:path';

/** How to start the zorginkoop executable; the verb (lsp, test, timeline) and its arguments follow prefixArgs. */
export interface ServerLocation {
    readonly command: string;
    readonly prefixArgs: readonly string[];
    /** Where it came from, for messages: the setting, the copy bundled in the extension, or the PATH. */
    readonly origin: 'setting' | 'bundled' | 'path';
}

export interface ServerEnvironment {
    /** zorginkoop.server.path; empty means "choose for me". */
    readonly configuredPath: string | undefined;
    readonly extensionPath: string;
    readonly platform: NodeJS.Platform;
    readonly homeDir: string;
    /** Relative configured paths are taken from here (the first workspace folder). */
    readonly workspaceFolder: string | undefined;
    readonly fileExists: (file: string) => boolean;
}

export const executableName = 'zorginkoop';

/**
 * Translates the setting and the extension's contents into the command to run: the configured path, else the
 * server bundled under server/ (native executable first, then the .dll through dotnet), else zorginkoop on the PATH.
 */
export function resolveServer(env: ServerEnvironment): ServerLocation {
    const configured = env.configuredPath?.trim() ?? '';
    if (configured !== '') {
        return fromPath(expandPath(configured, env), 'setting');
    }
    const pathApi = env.platform === 'win32' ? path.win32 : path.posix;
    const serverDir = pathApi.join(env.extensionPath, 'server');
    const native = pathApi.join(serverDir, env.platform === 'win32' ? `${executableName}.exe` : executableName);
    if (env.fileExists(native)) {
        return fromPath(native, 'bundled');
    }
    const dll = pathApi.join(serverDir, `${executableName}.dll`);
    if (env.fileExists(dll)) {
        return fromPath(dll, 'bundled');
    }
    return { command: executableName, prefixArgs: [], origin: 'path' };
}

/** Where a bare command name would be found on the PATH (with PATHEXT on Windows), or undefined. */
export function findOnPath(
    name: string,
    pathVariable: string | undefined,
    platform: NodeJS.Platform,
    fileExists: (file: string) => boolean,
    pathExt: string | undefined = undefined,
): string | undefined {
    const pathApi = platform === 'win32' ? path.win32 : path.posix;
    const separator = platform === 'win32' ? ';' : ':';
    const extensions = platform === 'win32' ? ['', ...(pathExt ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '')] : [''];
    for (const dir of (pathVariable ?? '').split(separator)) {
        if (dir === '') {
            continue;
        }
        for (const extension of extensions) {
            const candidate = pathApi.join(dir, name + extension.toLowerCase());
            if (fileExists(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

/**
 * Checks before starting that the executable (and for a .dll the dotnet host) can be found, so a missing server
 * gives one clear message instead of a failed launch; returns the missing program or file, or undefined.
 */
export function findMissing(
    server: ServerLocation,
    env: Pick<ServerEnvironment, 'platform' | 'fileExists'> & { readonly pathVariable: string | undefined; readonly pathExt?: string | undefined },
): string | undefined {
    const exists = (program: string) =>
        program.includes('/') || program.includes('\\')
            ? env.fileExists(program)
            : findOnPath(program, env.pathVariable, env.platform, env.fileExists, env.pathExt) !== undefined;
    if (!exists(server.command)) {
        return server.command;
    }
    const dll = server.prefixArgs[0];
    return dll !== undefined && !env.fileExists(dll) ? dll : undefined;
}

/** The full command line for one verb, e.g. commandLine(server, ['timeline', file, '--on', '2026-01-01']). */
export function commandLine(server: ServerLocation, args: readonly string[]): { command: string; args: string[] } {
    return { command: server.command, args: [...server.prefixArgs, ...args] };
}

/** A command line as a person would type it, for the output channel. */
export function displayCommandLine(command: string, args: readonly string[]): string {
    const quote = (part: string) => (/^[\w@%+=:,./\\-]+$/u.test(part) ? part : `"${part.replace(/(["\\$`])/g, '\\$1')}"`);
    return [command, ...args].map(quote).join(' ');
}

function fromPath(file: string, origin: ServerLocation['origin']): ServerLocation {
    // A framework-dependent build is a .dll that only the dotnet host can start.
    return file.toLowerCase().endsWith('.dll')
        ? { command: 'dotnet', prefixArgs: [file], origin }
        : { command: file, prefixArgs: [], origin };
}

function expandPath(configured: string, env: ServerEnvironment): string {
    const pathApi = env.platform === 'win32' ? path.win32 : path.posix;
    let file = configured;
    if (file === '~' || file.startsWith('~/') || file.startsWith('~\\')) {
        file = pathApi.join(env.homeDir, file.slice(1));
    }
    // A bare name (zorginkoop, dotnet-zorginkoop) is looked up on the PATH; only paths are made absolute.
    const isBareName = !file.includes('/') && !file.includes('\\');
    if (!isBareName && !pathApi.isAbsolute(file) && env.workspaceFolder !== undefined) {
        file = pathApi.resolve(env.workspaceFolder, file);
    }
    return file;
}

/**
 * The language server's environment: the editor's, plus a gen-0 budget of 64 MB for the .NET garbage collector.
 * One check of a 5,000-line policy allocates about 17 MB; with the default budget a collection or two lands in
 * the middle of nearly every check and copies the half-built trees, which doubled the median time from an edit
 * to its diagnostics (docs/benchmarks.md). The budget can only be set before the runtime starts, so here; a value
 * the user set is kept.
 */
export function serverProcessEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const set = (name: string) => environment[name] !== undefined || environment[name.replace('DOTNET_', 'COMPlus_')] !== undefined;
    return set('DOTNET_GCgen0size') ? { ...environment } : { ...environment, DOTNET_GCgen0size: '0x4000000' };
}
