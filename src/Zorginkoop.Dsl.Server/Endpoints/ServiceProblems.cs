using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zorginkoop.Dsl.Server.Endpoints;

/// <summary>
/// The answers the pipeline may give before or instead of an endpoint, whatever the endpoint itself answers: so the
/// OpenAPI document lists them for each operation they can come from (health is outside the key and the limit).
/// </summary>
internal static class ServiceProblems
{
    /// <summary>401 when the server has a key and the request none (ZI9606), 503 when the concurrency limit is full (ZI9605), 504 after the time limit (ZI9604).</summary>
    public static RouteHandlerBuilder WithServiceProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
