// User-facing text, in Dutch like the policies and the compiler's diagnostics; logic lives elsewhere.
export const messages = {
    dateRequired: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.',
    dateFormat: (text: string) => `"${text}" is geen datum in de vorm JJJJ-MM-DD.`,
    dateDoesNotExist: (text: string) => `${text} bestaat niet in de kalender.`,
    timelinePrompt: 'Peildatum voor de tijdlijn (JJJJ-MM-DD)',
    timelineNeedsFile: 'Open eerst een zorginkoopbeleid (.zip) om de tijdlijn te tonen.',
    scenariosNeedTarget: 'Open een zorginkoopbeleid (.zip) of een werkmap om de scenario\'s uit te voeren.',
    pickWorkspaceFolder: 'Werkmap waarvan de scenario\'s worden uitgevoerd',
    scenariosRunning: 'Scenario\'s uitvoeren…',
    timelineRunning: 'Tijdlijn berekenen…',
    scenariosPassed: 'Alle scenario\'s geslaagd.',
    scenariosFailed: (code: number) => `Scenario's mislukt (exitcode ${code}).`,
    commandFailed: (command: string, code: number) => `${command} eindigde met exitcode ${code}.`,
    commandNotStarted: (command: string, reason: string) =>
        `Kon ${command} niet starten: ${reason}. Stel 'zorginkoop.server.path' in of zet zorginkoop op het PATH.`,
    serverMissing: (missing: string) =>
        `De Zorginkoop-taalserver is niet gevonden (${missing}). Stel 'zorginkoop.server.path' in of zet zorginkoop op het PATH; kleuren en snippets werken wel.`,
    serverNotStarted: (reason: string) =>
        `De Zorginkoop-taalserver kon niet starten: ${reason}. Kleuren en snippets werken wel.`,
    showOutput: 'Uitvoer tonen',
    scenarioControllerLabel: "Zorginkoop-scenario's",
    scenarioRunProfile: "Scenario's uitvoeren",
    scenarioNotReported: (title: string) =>
        `Het scenario "${title}" staat niet in het rapport van zorginkoop test: de titel in het bestand is anders gelezen, of het bestand kon niet worden uitgevoerd (zie de uitvoer).`,
    openSettings: 'Instellingen openen',
} as const;
