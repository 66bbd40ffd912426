import { messages } from './messages';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD date as typed in an input box; returns the problem, or undefined when it is a real date. */
export function validateIsoDate(text: string): string | undefined {
    const trimmed = text.trim();
    if (trimmed === '') {
        return messages.dateRequired;
    }
    const match = isoDatePattern.exec(trimmed);
    if (match === null) {
        return messages.dateFormat(trimmed);
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Date.UTC rolls 2026-02-30 over into March; a round trip shows whether the day exists.
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return messages.dateDoesNotExist(trimmed);
    }
    return undefined;
}

/** The local calendar date as YYYY-MM-DD, the input box's starting value. */
export function todayIso(now: Date = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
