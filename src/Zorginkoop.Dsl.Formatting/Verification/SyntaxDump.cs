using System.Collections;
using System.Text;
using Zorginkoop.Dsl.Syntax.Syntax;
using Zorginkoop.Dsl.Syntax.Text;

namespace Zorginkoop.Dsl.Formatting.Verification;

/// <summary>
/// Prints a syntax tree without its spans: two texts that mean the same have the same dump. Used to check that
/// formatting kept the meaning, by the formatter itself and by tests.
/// </summary>
public static class SyntaxDump
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case SyntaxNode node:
                builder.Append(node.GetType().Name).Append(" {");
                foreach (var property in SyntaxWalker.DataProperties(node.GetType()).Where(p => p.PropertyType != typeof(TextSpan)))
                {
                    builder.Append('\n').Append(' ', (depth + 1) * 2).Append(property.Name).Append(": ");
                    Write(builder, property.GetValue(node), depth + 1);
                }

                builder.Append('\n').Append(' ', depth * 2).Append('}');
                break;
            case string text:
                // The formatter writes every line break in the file's style, those inside a literal written over
                // two lines too; which style a break has never changes what the policy says (texts cannot hold one).
                builder.Append('"').Append(text.Replace("\r\n", "\n").Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r")).Append('"');
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    builder.Append('\n').Append(' ', (depth + 1) * 2);
                    Write(builder, item, depth + 1);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }
}
