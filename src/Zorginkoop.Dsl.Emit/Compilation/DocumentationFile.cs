using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Zorginkoop.Dsl.Emit.Generation;

namespace Zorginkoop.Dsl.Emit.Compilation;

/// <summary>
/// Translates the summaries the generator annotated (<see cref="DocumentationComment"/>) into the XML documentation
/// file of the assembly (<c>&lt;doc&gt;&lt;members&gt;&lt;member name="P:…"&gt;&lt;summary&gt;</c>), the file
/// IntelliSense reads beside a referenced .dll. Member names are Roslyn's documentation ids of the compiled symbols.
/// </summary>
public static class DocumentationFile
{
    public static byte[] Write(string assemblyName, Microsoft.CodeAnalysis.Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var members = new XElement("members");
        foreach (var node in tree.GetRoot().GetAnnotatedNodes(DocumentationComment.AnnotationKind))
        {
            var id = model.GetDeclaredSymbol(node)?.GetDocumentationCommentId();
            var summary = node.GetAnnotations(DocumentationComment.AnnotationKind).First().Data;
            if (id is not null && summary is not null)
            {
                members.Add(new XElement("member", new XAttribute("name", id), new XElement("summary", XmlText(summary))));
            }
        }

        var document = new XDocument(new XElement("doc", new XElement("assembly", new XElement("name", assemblyName)), members));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>XML 1.0 cannot hold most control characters; policy text may: they are left out.</summary>
    private static string XmlText(string text) => text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);
}
