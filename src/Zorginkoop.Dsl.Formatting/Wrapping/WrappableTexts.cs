using System.Collections.Immutable;
using Zorginkoop.Dsl.Syntax.Parsing;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Syntax.Amendments;
using Zorginkoop.Dsl.Syntax.Syntax.Declarations;
using Zorginkoop.Dsl.Syntax.Syntax.Expressions;
using Zorginkoop.Dsl.Syntax.Syntax.Scenarios;
using Zorginkoop.Dsl.Syntax.Syntax.Timelines;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Wrapping;

/// <summary>
/// Finds the sentences of a tree that the language lets an author write as adjacent texts: the places the grammar
/// gives a <c>joinedText</c> to for a sentence, title or description, and a property whose value is one text
/// (<c>reden: "…" "…"</c>). The title of <c>beleid</c>, the path of <c>gebruik</c>, a party and a channel are one
/// text token by the grammar and are never found here, so wrapping cannot turn them into something else.
/// </summary>
internal static class WrappableTexts
{
    public static List<WrappableText> Find(SyntaxTree tree, ImmutableArray<LexicalToken> tokens)
    {
        var tokenAt = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            tokenAt.TryAdd(tokens[i].Span.Start, i);
        }

        var found = new List<WrappableText>();
        void Add(TextSpan span, string value)
        {
            if (span.Length == 0 || !tokenAt.TryGetValue(span.Start, out var first) || tokens[first].Kind != LexicalTokenKind.Text)
            {
                return;
            }

            var last = first;
            while (last + 1 < tokens.Length && tokens[last + 1].Span.Start < span.End)
            {
                last++;
            }

            found.Add(new WrappableText(first, last, value));
        }

        void AddText(TextSyntax? text)
        {
            if (text is not null)
            {
                Add(text.Span, text.Value);
            }
        }

        foreach (var node in SyntaxWalker.DescendantsAndSelf(tree.Root))
        {
            switch (node)
            {
                case FieldDeclarationSyntax field: AddText(field.Description); break;
                case DefinitionDeclarationSyntax definition: AddText(definition.Description); break;
                case RequirementSetDeclarationSyntax set: AddText(set.Title); break;
                case DiscretionSyntax discretion: AddText(discretion.Reason); break;
                case RequirementSyntax requirement: AddText(requirement.Sentence); break;
                case ExceptionSyntax exception: AddText(exception.Description); break;
                case AddendumDeclarationSyntax addendum: AddText(addendum.Title); break;
                case TimelineDeclarationSyntax timeline: AddText(timeline.Title); break;
                case TimelinePhaseSyntax phase: AddText(phase.Title); break;
                case TimelineEntrySyntax entry: AddText(entry.Action); break;
                case AmendmentDeclarationSyntax amendment: AddText(amendment.Title); break;
                case ScenarioDeclarationSyntax scenario: AddText(scenario.Title); break;
                case EntryClauseSyntax { Kind: EntryClauseKind.Condition or EntryClauseKind.Unless } clause
                    when tokenAt.TryGetValue(clause.Span.Start, out var keyword) && keyword + 1 < tokens.Length:
                    // The clause starts with "voor" or "tenzij"; its text is the rest.
                    Add(TextSpan.FromBounds(tokens[keyword + 1].Span.Start, clause.Span.End), clause.Value);
                    break;
                case PropertySyntax { RangeEnd: null, Value: LiteralExpressionSyntax { Kind: LiteralKind.Text } literal }:
                    Add(literal.Span, literal.Text);
                    break;
            }
        }

        return found;
    }
}
