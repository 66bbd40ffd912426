using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Zorginkoop.Dsl.Server.Page;

/// <summary>
/// The self-check page (<c>/</c>): plain HTML, CSS and a little
/// JavaScript embedded in the assembly, so the page a provider sees ships with the server that decides.
/// </summary>
internal static class PageEndpoints
{
    private static readonly Assembly Assembly = typeof(PageEndpoints).Assembly;

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Asset("index.html")).ExcludeFromDescription();
        routes.MapGet("/pagina/{file}", (string file) => Asset(file)).ExcludeFromDescription();
    }

    private static IResult Asset(string file)
    {
        var extension = Path.GetExtension(file);
        if (!Types.TryGetValue(extension, out var type) || Assembly.GetManifestResourceStream("page/" + file) is not { } stream)
        {
            return Results.NotFound();
        }

        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), type);
    }
}
