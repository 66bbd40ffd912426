using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server.Http;

/// <summary>
/// When a key is configured, every request but <c>/v1/health</c> must carry it as <c>Authorization: Bearer …</c> or
/// <c>X-Api-Key: …</c>; compared in constant time. Health stays open so a load balancer can probe it.
/// </summary>
public sealed class ApiKeyCheck(RequestDelegate next, string key)
{
    private readonly byte[] expected = Encoding.UTF8.GetBytes(key);

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/v1/health") || Matches(Presented(context.Request)))
        {
            return next(context);
        }

        return Problem.Write(context, StatusCodes.Status401Unauthorized, DiagnosticCatalog.NotAuthorised());
    }

    private static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return request.Headers.TryGetValue("X-Api-Key", out var header) ? header.ToString() : null;
    }

    private bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
}
