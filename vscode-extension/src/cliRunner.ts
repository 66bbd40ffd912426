import { spawn } from 'node:child_process';
import { displayCommandLine } from './serverCommand';

/** The part of a VS Code OutputChannel the runner writes to (an interface so tests can capture it). */
export interface OutputSink {
    append(text: string): void;
    appendLine(text: string): void;
}

/** The part of a VS Code CancellationToken the runner listens to: a cancelled run stops the process. */
export interface Cancellation {
    readonly isCancellationRequested: boolean;
    onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface CliResult {
    /** The exit code, or undefined when the process could not be started (see error). */
    readonly exitCode: number | undefined;
    readonly error?: string;
}

/** Runs the zorginkoop command line once, streaming its stdout and stderr into the sink. Never rejects. */
export function runCli(
    command: string,
    args: readonly string[],
    cwd: string | undefined,
    sink: OutputSink,
    cancellation?: Cancellation,
): Promise<CliResult> {
    sink.appendLine(`> ${displayCommandLine(command, args)}`);
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result: CliResult) => {
            if (!settled) {
                settled = true;
                resolve(result);
            }
        };
        // An output channel shows escape codes literally, so ask for plain text.
        const env = { ...process.env, NO_COLOR: '1', DOTNET_NOLOGO: '1' };
        const child = spawn(command, [...args], { cwd, env, shell: false, windowsHide: true });
        const cancelled = cancellation?.onCancellationRequested(() => child.kill());
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (text: string) => sink.append(text));
        child.stderr.on('data', (text: string) => sink.append(text));
        child.on('error', (error: NodeJS.ErrnoException) => {
            const reason = error.code === 'ENOENT' ? `${command} niet gevonden` : error.message;
            sink.appendLine(reason);
            finish({ exitCode: undefined, error: reason });
        });
        child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
            cancelled?.dispose();
            finish({ exitCode: code ?? (signal === null ? 0 : 1) });
        });
    });
}
