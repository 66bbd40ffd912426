using System.Collections.Immutable;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Zorginkoop.Dsl.Syntax.Diagnostics;
using Zorginkoop.Dsl.Syntax.Parsing.Generated;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Text;
using P = Zorginkoop.Dsl.Syntax.Parsing.Generated.ZorginkoopParser;

namespace Zorginkoop.Dsl.Syntax.Parsing;

/// <summary>
/// Translates the ANTLR parse tree into our immutable syntax tree; the only place that sees ANTLR contexts.
/// Parts missing after error recovery become error nodes, so later phases need no null checks for them.
/// </summary>
internal sealed partial class SyntaxTreeBuilder(SourceText text, DiagnosticBag diagnostics)
{
    public PolicyFileSyntax Build(P.PolicyFileContext context) =>
        new([.. context.declaration().Select(Declaration)], new TextSpan(0, text.Content.Length));

    private DeclarationSyntax Declaration(P.DeclarationContext context) => context.GetChild(0) switch
    {
        P.PolicyHeaderContext c => new PolicyHeaderSyntax(Text(c.STRING()), [.. c.property().Select(Property)], SpanOf(c)),
        P.ImportDeclarationContext c => new ImportSyntax(Text(c.STRING()), SpanOf(c)),
        P.ChoiceDeclarationContext c => new ChoiceDeclarationSyntax(Name(c.name()), [.. c.choiceMember().Select(ChoiceMember)], SpanOf(c)) { IsOrdered = c.VOLGORDE() is not null },
        P.RecordDeclarationContext c => new RecordDeclarationSyntax(Name(c.name(0)), c.ALS() is null ? null : Name(c.name(1)), [.. c.fieldDeclaration().Select(Field)], SpanOf(c)),
        P.RecordExtensionContext c => new RecordExtensionSyntax(Name(c.name()), [.. c.fieldDeclaration().Select(Field)], SpanOf(c)),
        P.DefinitionDeclarationContext c => new DefinitionDeclarationSyntax(Name(c.name()), OptionalText(c.joinedText()), Expression(c.expression()), SpanOf(c)),
        P.RequirementSetDeclarationContext c => RequirementSet(c),
        P.AddendumDeclarationContext c => Addendum(c),
        P.TimelineDeclarationContext c => Timeline(c),
        P.AmendmentDeclarationContext c => Amendment(c),
        P.ScenarioDeclarationContext c => Scenario(c),
        P.ExampleDeclarationContext c => Example(c),
        _ => new ErrorDeclarationSyntax(SpanOf(context)),
    };

    private PropertySyntax Property(P.PropertyContext context)
    {
        var values = context.expression();
        return new PropertySyntax(
            Name(context.name()),
            values.Length > 0 ? Expression(values[0]) : ErrorExpression(context),
            values.Length > 1 ? Expression(values[1]) : null,
            SpanOf(context));
    }

    private ChoiceMemberSyntax ChoiceMember(P.ChoiceMemberContext context) =>
        context.STRING() is { } quoted
            ? new ChoiceMemberSyntax(Text(quoted).Value, true, SpanOf(context))
            : new ChoiceMemberSyntax(context.name() is { } name ? Name(name).Text : string.Empty, false, SpanOf(context));

    private FieldDeclarationSyntax Field(P.FieldDeclarationContext context) =>
        new(Name(context.name()), Type(context.typeReference()), OptionalText(context.joinedText()), SpanOf(context));

    private TypeSyntax Type(P.TypeReferenceContext? context) => context switch
    {
        P.ListTypeContext c => new ListTypeSyntax(Type(c.typeReference()), SpanOf(c)),
        P.NamedTypeContext c when c.simpleType() is { } simple => new NamedTypeSyntax(
            new NameSyntax(simple.GetText(), SpanOf(simple)),
            IsBuiltIn: simple.IDENT() is null,
            IsOptional: c.QUESTION() is not null,
            SpanOf(c)),
        _ => new NamedTypeSyntax(new NameSyntax(string.Empty, SpanOf(context)), false, false, SpanOf(context)),
    };

    private RequirementSetDeclarationSyntax RequirementSet(P.RequirementSetDeclarationContext context)
    {
        var members = context.requirementSetMember().Select<P.RequirementSetMemberContext, SyntaxNode>(m => m.GetChild(0) switch
        {
            P.IncludeClauseContext include => Include(include),
            P.RequirementDeclarationContext requirement => Requirement(requirement),
            P.PropertyContext property => Property(property),
            _ => ErrorExpression(m),
        });
        return new RequirementSetDeclarationSyntax(
            Name(context.name()),
            OptionalText(context.joinedText()),
            context.appliesTo() is { } applies ? Expression(applies.expression()) : null,
            Discretion(context.discretion()),
            [.. members],
            SpanOf(context));
    }

    private IncludeSyntax Include(P.IncludeClauseContext context) => new(Name(context.name()), SpanOf(context))
    {
        Mode = context.VERPLICHT() is not null ? IncludeMode.Required : context.INDIEN() is not null ? IncludeMode.IfApplicable : IncludeMode.Plain,
    };

    private DiscretionSyntax? Discretion(P.DiscretionContext? context) =>
        context is null ? null : new DiscretionSyntax(OptionalText(context.joinedText()), SpanOf(context))
        {
            Condition = context.expression() is { } condition ? Expression(condition) : null,
        };

    private RequirementSyntax Requirement(P.RequirementDeclarationContext context)
    {
        var (condition, children) = context.requirementBody() switch
        {
            P.GroupBodyContext group => ((ExpressionSyntax?)null, group.requirementDeclaration().Select(Requirement).ToImmutableArray()),
            P.ConditionBodyContext body => (Expression(body.expression()), ImmutableArray<RequirementSyntax>.Empty),
            _ => (ErrorExpression(context), ImmutableArray<RequirementSyntax>.Empty),
        };
        var exceptions = context.exceptionClause()
            .Select(e => new ExceptionSyntax(OptionalText(e.joinedText()), Expression(e.expression()), SpanOf(e)));
        // A discretion before the body is the usual one; one after it (and after the exceptions) carries a condition.
        var bodyStart = context.requirementBody()?.Start.TokenIndex ?? int.MaxValue;
        var discretions = context.discretion();
        var leading = discretions.FirstOrDefault(d => d.Start.TokenIndex < bodyStart);
        var trailing = discretions.FirstOrDefault(d => d.Start.TokenIndex > bodyStart);
        return new RequirementSyntax(
            Name(context.name()),
            OptionalText(context.joinedText()),
            Discretion(leading),
            condition,
            children,
            [.. exceptions],
            SpanOf(context))
        {
            TrailingDiscretion = Discretion(trailing),
        };
    }

    private AddendumDeclarationSyntax Addendum(P.AddendumDeclarationContext context)
    {
        var members = context.addendumMember().Select<P.AddendumMemberContext, SyntaxNode>(m => m switch
        {
            P.PrerequisiteMemberContext c => new PrerequisiteSyntax(Name(c.name(0)), SpanOf(c)) { Alternatives = [.. c.name().Skip(1).Select(Name)] },
            P.OnRequestMemberContext c => new OnRequestSyntax(Name(c.name()), SpanOf(c)),
            P.AddendumIncludeMemberContext c => Include(c.includeClause()),
            P.AddendumRequirementMemberContext c => Requirement(c.requirementDeclaration()),
            P.AddendumPropertyMemberContext c => Property(c.property()),
            _ => ErrorExpression(m),
        });
        return new AddendumDeclarationSyntax(
            Name(context.name()),
            OptionalText(context.joinedText()),
            context.appliesTo() is { } applies ? Expression(applies.expression()) : null,
            [.. members],
            SpanOf(context));
    }

    /// <summary>Names compare composed (NFC, <see cref="Composition"/>), so a letter typed decomposed (<c>e</c> + U+0301) is the letter <c>é</c>; the span stays the source's own.</summary>
    private NameSyntax Name(P.NameContext? context) =>
        context is null ? new NameSyntax(string.Empty, new TextSpan(0, 0)) : new NameSyntax(Composition.Compose(context.GetText()), SpanOf(context));

    private QualifiedNameSyntax QualifiedName(P.QualifiedNameContext? context) =>
        context is null
            ? new QualifiedNameSyntax([], new TextSpan(0, 0))
            : new QualifiedNameSyntax([.. context.name().Select(Name)], SpanOf(context));

    private TextSyntax? OptionalText(ITerminalNode? node) => node is null ? null : Text(node);

    private TextSyntax? OptionalText(P.JoinedTextContext? context) => context is null ? null : Text(context);

    /// <summary>
    /// Adjacent texts are one text, joined by one space (docs/language.md, "Lange zinnen over meer regels"); a piece
    /// that ends with a line break (<c>\n</c>) joins without one. A space of the author's own at a join is not added
    /// to it (ZI1032), so a sentence wrapped by hand reads as the one the author typed; the span covers every piece.
    /// </summary>
    private TextSyntax Text(P.JoinedTextContext? context)
    {
        var pieces = context?.STRING() ?? [];
        if (pieces.Length <= 1)
        {
            return Text(pieces.FirstOrDefault());
        }

        var builder = new StringBuilder();
        string? previous = null;
        for (var i = 0; i < pieces.Length; i++)
        {
            var symbol = pieces[i].Symbol;
            var span = SpanOf(symbol);
            var value = Unescape(pieces[i].GetText(), span.Start);
            if (value.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.EmptyTextPiece(new SourceLocation(text, span)));
                continue;
            }

            if (previous is not null)
            {
                if (previous.EndsWith('\n') || value.StartsWith('\n'))
                {
                    builder.Append(value);
                    previous = value;
                    continue;
                }

                if (EndsWithSpace(previous))
                {
                    ReportSpaceAtJoin(pieces[LastNonEmptyBefore(pieces, i)], atEnd: true);
                    builder.Length = TrimEndSpaces(builder);
                }

                if (IsSpace(value[0]))
                {
                    ReportSpaceAtJoin(pieces[i], atEnd: false);
                    value = value.TrimStart(' ', '\t', '\u00A0');
                }

                builder.Append(' ');
            }

            builder.Append(value);
            previous = value;
        }

        var whole = TextSpan.FromBounds(SpanOf(pieces[0].Symbol).Start, SpanOf(pieces[^1].Symbol).End);
        return new TextSyntax(Composition.Compose(builder.ToString()), whole);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    private static bool EndsWithSpace(string value) => value.Length > 0 && IsSpace(value[^1]);

    private static int TrimEndSpaces(StringBuilder builder)
    {
        var length = builder.Length;
        while (length > 0 && IsSpace(builder[length - 1]))
        {
            length--;
        }

        return length;
    }

    private int LastNonEmptyBefore(ITerminalNode[] pieces, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (pieces[i].GetText().Trim('"').Trim().Length > 0)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>ZI1032 at the spaces typed at a join; the quick fix removes them when they are written as spaces.</summary>
    private void ReportSpaceAtJoin(ITerminalNode piece, bool atEnd)
    {
        var span = SpanOf(piece.Symbol);
        var raw = piece.GetText();
        var inner = raw.Length >= 2 ? raw[1..^1] : string.Empty;
        var count = atEnd ? inner.Length - inner.TrimEnd(' ').Length : inner.Length - inner.TrimStart(' ').Length;
        var spaces = count == 0
            ? span
            : atEnd ? new TextSpan(span.End - 1 - count, count) : new TextSpan(span.Start + 1, count);
        diagnostics.Add(DiagnosticCatalog.SpaceAtTextJoin(new SourceLocation(text, spaces), new SuggestedEdit(spaces, string.Empty)));
    }

    private TextSyntax Text(ITerminalNode? node)
    {
        if (node is null || node.Symbol.TokenIndex < 0)
        {
            return new TextSyntax(string.Empty, new TextSpan(0, 0));
        }

        var span = SpanOf(node.Symbol);
        return new TextSyntax(Composition.Compose(Unescape(node.GetText(), span.Start)), span);
    }

    /// <summary>Resolves \" \\ \n \t; any other escape is reported rather than guessed.</summary>
    private string Unescape(string quoted, int start)
    {
        var inner = quoted.Length >= 2 ? quoted[1..^1] : string.Empty;
        if (!inner.Contains('\\'))
        {
            return inner;
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                builder.Append(inner[i]);
                continue;
            }

            var next = inner[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                default:
                    diagnostics.Add(DiagnosticCatalog.InvalidEscape(new SourceLocation(text, new TextSpan(start + i, 2)), "\\" + next));
                    builder.Append(next);
                    break;
            }
        }

        return builder.ToString();
    }

    private static TextSpan SpanOf(IToken token) =>
        token.StartIndex < 0 ? new TextSpan(0, 0) : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static TextSpan SpanOf(ParserRuleContext? context)
    {
        if (context?.Start is null || context.Start.StartIndex < 0)
        {
            return new TextSpan(0, 0);
        }

        var start = context.Start.StartIndex;
        var stop = context.Stop is { StopIndex: >= 0 } s && s.StopIndex >= start ? s.StopIndex + 1 : context.Start.StopIndex + 1;
        return TextSpan.FromBounds(start, Math.Max(start, stop));
    }

    private static ErrorExpressionSyntax ErrorExpression(ParserRuleContext context) => new(SpanOf(context));
}
