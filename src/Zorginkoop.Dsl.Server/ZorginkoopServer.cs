using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zorginkoop.Dsl.Server.Catalog;
using Zorginkoop.Dsl.Server.Configuration;
using Zorginkoop.Dsl.Server.Endpoints;
using Zorginkoop.Dsl.Server.Http;
using Zorginkoop.Dsl.Server.Logging;
using Zorginkoop.Dsl.Server.Page;
using Zorginkoop.Dsl.Server.Reference;
using Zorginkoop.Dsl.Syntax.Diagnostics;

namespace Zorginkoop.Dsl.Server;

/// <summary>
/// The decision service, composed: services (the catalogue of compiled policies, the decision log, limits,
/// OpenAPI) and the pipeline (key check, concurrency limit, time limit, endpoints). <c>zorginkoop serve</c> runs it
/// on Kestrel; the tests run the same composition on a test server.
/// </summary>
public static class ZorginkoopServer
{
    /// <summary>Builds the server for <c>zorginkoop serve</c>, listening where <see cref="ServerOptions.Urls"/> says.</summary>
    public static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBytes, options.MaxBatchBytes);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        AddServices(builder.Services, options);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, ServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<PolicyCatalog>();
        services.AddSingleton(provider => new DecisionLog(options.DecisionLog, provider.GetService<ILogger<DecisionLog>>()));
        services.AddRouting();
        services.AddOpenApi(ApiDocument.Name, openApi => ApiDocument.Configure(openApi, options));
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => Problem.Write(context, StatusCodes.Status504GatewayTimeout, DiagnosticCatalog.RequestTimedOut(options.RequestTimeout)),
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/v1/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetConcurrencyLimiter("decisions", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrentRequests,
                        QueueLimit = options.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Problem.Write(rejected.HttpContext, StatusCodes.Status503ServiceUnavailable, DiagnosticCatalog.ServerBusy(options.MaxConcurrentRequests)));
            };
        });
    }

    public static void UsePipeline(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<ServerOptions>();
        _ = app.ApplicationServices.GetRequiredService<PolicyCatalog>(); // compile every policy before the first request
        _ = app.ApplicationServices.GetRequiredService<DecisionLog>();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments("/v1/policies", out var rest) || !rest.Value!.EndsWith("/document", StringComparison.Ordinal))
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            }

            await next(context);
        });
        app.Use(async (context, next) =>
        {
            await next(context);

            // Routing refuses a body its endpoint does not accept with a bare 415: say it as every other problem.
            if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted)
            {
                await Problem.Write(context, StatusCodes.Status415UnsupportedMediaType, DiagnosticCatalog.UnsupportedMediaType(context.Request.ContentType, "application/json"));
            }
        });
        if (options.ApiKey is { Length: > 0 } key)
        {
            app.UseMiddleware<ApiKeyCheck>(key);
        }

        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseEndpoints(endpoints =>
        {
            QueryEndpoints.Map(endpoints);
            DecisionEndpoints.Map(endpoints);
            PageEndpoints.Map(endpoints);
            ReferencePage.Map(endpoints);
            endpoints.MapOpenApi(ApiDocument.Route);
        });
    }
}
