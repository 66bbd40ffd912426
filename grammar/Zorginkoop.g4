// Grammar of zorginkoopbeleid files (*.zip, UTF-8 text).
// Keywords are Dutch. Layout is free: newlines separate nothing, so list items and record
// fields may be separated by newlines, ';' or ', ' (a comma directly followed by a digit
// belongs to a decimal number: 1,0).
// The parse tree never leaves Zorginkoop.Dsl.Syntax: SyntaxTreeBuilder turns it into our own tree.
grammar Zorginkoop;

// ───────────────────────────── file ─────────────────────────────

policyFile : declaration* EOF ;

declaration
    : policyHeader
    | importDeclaration
    | choiceDeclaration
    | recordDeclaration
    | recordExtension
    | definitionDeclaration
    | requirementSetDeclaration
    | addendumDeclaration
    | timelineDeclaration
    | amendmentDeclaration
    | scenarioDeclaration
    | exampleDeclaration
    ;

policyHeader : BELEID STRING LBRACE property* RBRACE ;

// A generic "naam: waarde" line; the binder knows which names each block accepts.
property : name COLON expression (TM expression)? separator? ;

importDeclaration : GEBRUIK STRING ;

// `op volgorde`: the members are listed from low to high, so they compare with < and > (docs/language.md).
choiceDeclaration : KEUZE name (OP VOLGORDE)? LBRACE (choiceMember separator?)* RBRACE ;
choiceMember : name | STRING ;

recordDeclaration : GEGEVENS name (ALS name)? LBRACE fieldDeclaration* RBRACE ;
recordExtension   : AANVULLING name LBRACE fieldDeclaration* RBRACE ;
fieldDeclaration  : name COLON typeReference joinedText? separator? ;

typeReference
    : LIJST VAN typeReference                  # listType
    | simpleType QUESTION?                     # namedType
    ;
simpleType : TEKST | AANTAL | DECIMAAL | BEDRAG | PERCENTAGE | DATUM | TIJDSTIP | DUUR | JANEE | IDENT ;

definitionDeclaration : DEFINITIE name joinedText? EQ expression ;

// ─────────────────────────── requirements ───────────────────────────

requirementSetDeclaration
    : EISEN name joinedText? appliesTo? discretion? LBRACE requirementSetMember* RBRACE
    ;
appliesTo  : GELDT VOOR expression ;
// `als <voorwaarde>`: a failure is for judgement only while the condition holds (docs/language.md).
discretion : MAG AFWIJKEN joinedText? (ALS expression)? ;

requirementSetMember
    : includeClause
    | requirementDeclaration
    | property
    ;
// `verplicht`: a set that does not apply is not met; `indien van toepassing`: it stands aside (docs/language.md).
includeClause : OMVAT name (VERPLICHT | INDIEN VAN TOEPASSING)? ;

requirementDeclaration
    : EIS name joinedText? discretion? requirementBody exceptionClause*
      discretion?                               // conditional discretion after the condition
    ;
requirementBody
    : LBRACE requirementDeclaration* RBRACE     # groupBody
    | expression                                # conditionBody
    ;
exceptionClause : UITZONDERING joinedText? ALS expression ;

// ───────────────────────────── addenda ─────────────────────────────

addendumDeclaration : ADDENDUM name joinedText? appliesTo? LBRACE addendumMember* RBRACE ;
addendumMember
    : VEREIST OVEREENKOMST name (OF name)*      # prerequisiteMember   // `A of B`: either contract will do
    | includeClause                             # addendumIncludeMember
    | requirementDeclaration                    # addendumRequirementMember
    | property                                  # addendumPropertyMember
    | name COLON OP AANVRAAG separator?         # onRequestMember      // `aanbod: op aanvraag`
    ;

// ───────────────────────────── timelines ─────────────────────────────

timelineDeclaration : TIJDLIJN name joinedText? LBRACE timelineMember* RBRACE ;
timelineMember
    : FASE joinedText LBRACE timelineEntry* RBRACE  # phaseMember
    | timelineEntry                             # entryMember
    ;

timelineEntry : (name COLON)? schedule? parties joinedText entryClause* ;

schedule
    : UITERLIJK expression                                          # deadlineSchedule
    | VANAF expression                                              # fromSchedule
    | OP expression                                                 # onSchedule
    | BINNEN expression                                             # withinSchedule
    | dateLiteral TM expression (beforeTime)?                       # windowSchedule
    | BIJ VOORKEUR (VOOR_ACCENT | VOOR) expression COMMA? MAAR UITERLIJK expression   # preferredSchedule
    | (ELK | ELKE) periodUnit IN INTEGER ((EN | COMMA) INTEGER)*     # recurringSchedule
    // "doorlopend", "gedurende het hele jaar": no date of its own, all through the years named or the looptijd.
    | (DOORLOPEND | GEDURENDE HET (HELE | GEHELE) (JAAR | KALENDERJAAR)) (IN INTEGER ((EN | COMMA) INTEGER)*)?   # continuousSchedule
    // "elk jaar uiterlijk 1 juni": a deadline on that day of every year named or of the looptijd.
    | (ELK | ELKE) JAAR UITERLIJK INTEGER name TIME? (IN INTEGER ((EN | COMMA) INTEGER)*)?       # yearlyDeadlineSchedule
    // "elk halfjaar", "per half jaar": January–June and July–December of each year.
    | (ELK | ELKE) (HALFJAAR | HALF JAAR) IN INTEGER ((EN | COMMA) INTEGER)*                   # halfYearSchedule
    ;
beforeTime : (VOOR_ACCENT | VOOR) TIME ;

parties : party (EN party)* ;
party   : name | STRING ;

entryClause
    : VIA (name | STRING)                       # channelClause
    | ALS name                                  # eventClause
    | VOOR joinedText                           # conditionClause
    | TENZIJ joinedText                         # unlessClause
    ;

// ───────────────────────────── amendments ─────────────────────────────

amendmentDeclaration : WIJZIGING expression joinedText LBRACE amendmentMember* RBRACE ;
amendmentMember
    : property                                                  # amendmentProperty
    | VOEGT TOE (AAN qualifiedName)? LBRACE amendmentItem* RBRACE   # addOperation
    | VERVANGT qualifiedName DOOR amendmentItem                 # replaceOperation
    | VERVALT qualifiedName                                     # removeOperation
    ;
amendmentItem
    : declaration
    | requirementDeclaration
    | includeClause
    | timelineMember
    ;

// ───────────────────────────── scenarios ─────────────────────────────

scenarioDeclaration : SCENARIO joinedText LBRACE scenarioMember* RBRACE ;
scenarioMember
    : GEGEVEN name (VOLGENS name)? recordLiteral?   # givenMember
    | OP expression                             # dateMember
    | GEBEURTENIS name EQ expression            # eventMember
    | AANVRAAG name OP expression               # requestMember
    | VERWACHT qualifiedName expectation        # expectMember
    ;
expectation
    : outcome                                   # outcomeExpectation
    | INGANGSDATUM expression                   # startDateExpectation
    | name                                      # stateExpectation
    | name DATUM                                # twoWordStateExpectation   // zonder datum
    ;
outcome : VOLDAAN (BIJ UITZONDERING)? | NIET VOLDAAN judgement? | ONBEKEND | NIET VAN TOEPASSING ;
// `niet voldaan ter beoordeling`, also in parentheses as the output prints it; the builder checks the words (ZI1045),
// so that neither becomes a keyword that a policy could no longer use as a name.
judgement : LPAREN? name name RPAREN? ;

// A named set of facts that scenarios start from: voorbeeld Naam [volgens Ander] { veld: waarde … }
exampleDeclaration : VOORBEELD name (VOLGENS name)? recordLiteral ;

recordLiteral : LBRACE (fieldValue separator?)* RBRACE ;
fieldValue    : name COLON value ;
value
    : recordLiteral
    | LBRACKET (value separator?)* RBRACKET
    | ONBEKEND
    | expression
    ;

// ───────────────────────────── expressions ─────────────────────────────
// Alternatives are listed from tightest to loosest binding.

expression
    : primary                                                             # primaryExpression
    | expression DOT name                                                 # memberExpression
    | EERSTE DAG VAN (HET | DE) VOLGENDE periodUnit NA expression         # firstDayOfNextPeriodExpression
    | EERSTE (DAG | KALENDERDAG) VAN DE periodUnit VAN expression         # firstDayOfPeriodExpression
    | periodUnit VAN expression                                           # datePartExpression
    | AANTAL VAN expression                                               # countExpression
    | MINUS expression                                                    # negationExpression
    | expression op=(STAR | SLASH) expression                             # multiplicativeExpression
    | expression op=(PLUS | MINUS) expression                             # additiveExpression
    | expression NA expression                                            # afterExpression
    | expression IS NIET? test=(BEKEND | ONBEKEND | LEEG)                 # testExpression
    | expression IS NIET? VOLDAAN                                         # satisfiedExpression   // `Huisartsgeneeskundig is voldaan`
    | expression op=(EQ | NEQ | LT | LE | GT | GE) expression             # comparisonExpression
    | expression BEVAT expression                                         # containsExpression
    | expression NIET? IN expression                                      # inExpression
    | NIET expression                                                     # notExpression
    | expression EN expression                                            # andExpression
    | expression OF expression                                            # orExpression
    | ALS expression DAN expression (ANDERS expression)?                  # conditionalExpression
    | AANTAL name IN expression WAARVOOR expression                       # countWhereExpression
    | SOM VAN expression VOOR (ELK | ELKE)? name IN expression            # sumExpression
    | VOOR (ELK | ELKE) name IN expression GELDT expression               # forAllExpression
    | ER IS EEN name IN expression WAARVOOR expression                    # existsExpression
    | GEEN name IN expression WAARVOOR expression                         # noneExpression
    ;

primary
    : LPAREN expression RPAREN                                            # parenthesized
    | LBRACKET (expression separator?)* RBRACKET                          # listLiteral
    | which=(VROEGSTE | LAATSTE) VAN LPAREN expression separator expression RPAREN   # extremeDate
    | INTEGER durationUnit                                                # durationLiteral
    | dateLiteral TIME?                                                   # dateTimeLiteral
    | TIME                                                                # timeLiteral
    | INTEGER                                                             # integerLiteral
    | DECIMAL                                                             # decimalLiteral
    | MONEY                                                               # moneyLiteral
    | PERCENT                                                             # percentLiteral
    | joinedText                                                          # textLiteral
    | (JA | NEE)                                                          # booleanLiteral
    | name                                                                # nameReference
    ;

dateLiteral   : DUTCH_DATE | ISO_DATE | NUMERIC_DATE ;
periodUnit    : KWARTAAL | MAAND | JAAR | WEEK ;
durationUnit  : MINUUT | MINUTEN | UUR | UREN | DAG | DAGEN | WEEK | WEKEN | MAAND | MAANDEN | KWARTAAL | KWARTALEN | JAAR | JAREN ;

qualifiedName : name (DOT name)* ;

// A sentence written over several lines: adjacent texts are one text, joined by one space (docs/language.md,
// "Lange zinnen over meer regels"); ZI1032/ZI1033 report the cases where that join would surprise.
joinedText : STRING+ ;
separator     : COMMA | SEMI ;

// Keywords that are rare as words in policies may still be used as names.
name
    : IDENT
    | TEKST | DATUM | DUUR | BEDRAG | PERCENTAGE | DECIMAAL | TIJDSTIP
    | FASE | OVEREENKOMST | VOORKEUR | KALENDERDAG | INGANGSDATUM | AANVRAAG | GEBEURTENIS
    | VOORBEELD | VOLGENS
    | EEN | AANVULLING | AANTAL | EERSTE | LAATSTE | VROEGSTE | SOM
    | DAG | WEEK | MAAND | KWARTAAL | JAAR | TOEPASSING | VERPLICHT | INDIEN
    | VOLGORDE
    ;

// ───────────────────────────── lexer ─────────────────────────────

BELEID       : 'beleid' ;
GEBRUIK      : 'gebruik' ;
KEUZE        : 'keuze' ;
GEGEVENS     : 'gegevens' ;
AANVULLING   : 'aanvulling' ;
LIJST        : 'lijst' ;
TEKST        : 'tekst' ;
AANTAL       : 'aantal' ;
DECIMAAL     : 'decimaal' ;
BEDRAG       : 'bedrag' ;
PERCENTAGE   : 'percentage' ;
DATUM        : 'datum' ;
TIJDSTIP     : 'tijdstip' ;
DUUR         : 'duur' ;
JANEE        : 'ja/nee' ;
DEFINITIE    : 'definitie' ;
EISEN        : 'eisen' ;
EIS          : 'eis' ;
GELDT        : 'geldt' ;
OMVAT        : 'omvat' ;
MAG          : 'mag' ;
AFWIJKEN     : 'afwijken' ;
UITZONDERING : 'uitzondering' ;
ADDENDUM     : 'addendum' ;
VEREIST      : 'vereist' ;
OVEREENKOMST : 'overeenkomst' ;
TIJDLIJN     : 'tijdlijn' ;
FASE         : 'fase' ;
UITERLIJK    : 'uiterlijk' ;
VANAF        : 'vanaf' ;
BINNEN       : 'binnen' ;
BIJ          : 'bij' ;
VOORKEUR     : 'voorkeur' ;
MAAR         : 'maar' ;
VIA          : 'via' ;
TENZIJ       : 'tenzij' ;
WIJZIGING    : 'wijziging' ;
VOEGT        : 'voegt' ;
TOE          : 'toe' ;
AAN          : 'aan' ;
VERVANGT     : 'vervangt' ;
DOOR         : 'door' ;
VERVALT      : 'vervalt' ;
SCENARIO     : 'scenario' ;
GEGEVEN      : 'gegeven' ;
GEBEURTENIS  : 'gebeurtenis' ;
AANVRAAG     : 'aanvraag' ;
VERWACHT     : 'verwacht' ;
INGANGSDATUM : 'ingangsdatum' ;
VOORBEELD    : 'voorbeeld' ;
VOLGENS      : 'volgens' ;
VOLGORDE     : 'volgorde' ;
VOLDAAN      : 'voldaan' ;
TOEPASSING   : 'toepassing' ;
VERPLICHT    : 'verplicht' ;
INDIEN       : 'indien' ;
ALS          : 'als' ;
DAN          : 'dan' ;
ANDERS       : 'anders' ;
NIET         : 'niet' ;
EN           : 'en' ;
OF           : 'of' ;
IS           : 'is' ;
BEKEND       : 'bekend' ;
ONBEKEND     : 'onbekend' ;
LEEG         : 'leeg' ;
BEVAT        : 'bevat' ;
IN           : 'in' ;
OP           : 'op' ;
NA           : 'na' ;
VOOR         : 'voor' ;
VOOR_ACCENT  : 'vóór' ;
VAN          : 'van' ;
ELK          : 'elk' ;
ELKE         : 'elke' ;
ER           : 'er' ;
EEN          : 'een' ;
GEEN         : 'geen' ;
WAARVOOR     : 'waarvoor' ;
EERSTE       : 'eerste' ;
DAG          : 'dag' ;
DAGEN        : 'dagen' ;
KALENDERDAG  : 'kalenderdag' ;
HET          : 'het' ;
DE           : 'de' ;
VOLGENDE     : 'volgende' ;
KWARTAAL     : 'kwartaal' ;
KWARTALEN    : 'kwartalen' ;
MAAND        : 'maand' ;
MAANDEN      : 'maanden' ;
JAAR         : 'jaar' ;
JAREN        : 'jaren' ;
WEEK         : 'week' ;
WEKEN        : 'weken' ;
UUR          : 'uur' ;
UREN         : 'uren' ;
MINUUT       : 'minuut' ;
MINUTEN      : 'minuten' ;
VROEGSTE     : 'vroegste' ;
LAATSTE      : 'laatste' ;
SOM          : 'som' ;
JA           : 'ja' ;
NEE          : 'nee' ;
DOORLOPEND   : 'doorlopend' ;
GEDURENDE    : 'gedurende' ;
HELE         : 'hele' ;
GEHELE       : 'gehele' ;
KALENDERJAAR : 'kalenderjaar' ;
HALFJAAR     : 'halfjaar' ;
HALF         : 'half' ;
TM           : 't/m' ;

// Literals. Longest match decides: "13.00 uur" is a time, "100.000" an integer,
// "1,0" a decimal, "30 september 2025" a date.
DUTCH_DATE   : DIGIT DIGIT? [ \t]+ MONTH [ \t]+ DIGIT DIGIT DIGIT DIGIT ;
ISO_DATE     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
NUMERIC_DATE : DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT DIGIT DIGIT ;
TIME         : DIGIT DIGIT? [.:] DIGIT DIGIT [ \t]* 'uur' ;
MONEY        : '€' [ \t]* WHOLE (',' ('-' | '–' | DIGIT DIGIT))? ;
PERCENT      : WHOLE (',' DIGIT+)? [ \t]* '%' ;
DECIMAL      : WHOLE ',' DIGIT+ ;
INTEGER      : WHOLE ;
// A number with a decimal point, which Dutch does not use; reported, not guessed at.
BAD_NUMBER   : DIGIT+ '.' DIGIT+ ('.' DIGIT+)* ;

STRING            : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ;

// A letter may be followed by combining marks: 'é' typed decomposed (e + U+0301, as macOS file names and some
// PDFs give it) is the same letter, and the name is compared in NFC.
IDENT : LETTER (LETTER | MARK | DIGIT | '_')* ('-' LETTER (LETTER | MARK | DIGIT | '_')*)* ;

LBRACE   : '{' ;
RBRACE   : '}' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COLON    : ':' ;
SEMI     : ';' ;
COMMA    : ',' ;
DOT      : '.' ;
QUESTION : '?' ;
PLUS     : '+' ;
MINUS    : '-' | '–' ;
STAR     : '*' | '×' ;
SLASH    : '/' ;
EQ       : '=' ;
NEQ      : '≠' | '<>' | '!=' ;
LE       : '<=' | '≤' ;
GE       : '>=' | '≥' ;
LT       : '<' ;
GT       : '>' ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\u00A0\uFEFF]+ -> channel(HIDDEN) ;

// Anything else is one bad character; the parser reports it and goes on.
BAD_CHARACTER : . ;

fragment DIGIT  : [0-9] ;
fragment WHOLE  : DIGIT+ ('.' DIGIT DIGIT DIGIT)* ;
fragment LETTER : [\p{L}_] ;
fragment MARK   : [\p{M}] ;
fragment MONTH
    : 'januari' | 'februari' | 'maart' | 'april' | 'mei' | 'juni' | 'juli'
    | 'augustus' | 'september' | 'oktober' | 'november' | 'december'
    ;
