using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PlanetTechCare.ServiceDefaults.Apis;

/// <summary>
/// The introduction every API document opens with (<c>info.description</c>, Markdown): what this
/// service's API is for, then what every partner needs first: how to get a token, the limits and the
/// conventions shared by every service.
/// </summary>
public sealed class ApiIntroductionTransformer(string purpose) : IOpenApiDocumentTransformer
{
    /// <summary>What every document says after its purpose; the rate limits are the gateway's defaults (<c>Gateway:RateLimits</c>).</summary>
    public static readonly string Shared = $"""
        **Getting a token.** Public reads need none. Every other call needs an OAuth 2.0 access token
        from `POST /connect/token` at the gateway: a partner application uses the client credentials
        grant with the `client_id` and `client_secret` Planet Tech'Care staff gave it, asking for the
        scopes it needs (`grant_type=client_credentials&client_id=…&client_secret=…&scope=workshops.read`),
        and sends the `access_token` as `Authorization: Bearer …` until `expires_in` seconds have passed.
        Each operation names the scope it needs; without a token the answer is `401`, without the scope `403`.

        **Limits.** Per minute at the gateway, by default: 600 calls per API client, 300 per IP address
        without a token, 10 public writes (applying, registering) per IP address; over a limit the answer
        is `429` with `Retry-After` (seconds). Request bodies are limited to 1 MiB. Lists are paged with
        `page` (from 1) and `pageSize` (1 to {PageRequest.MaxPageSize}, default {PageRequest.DefaultPageSize}) and answer their `total`.

        **Conventions.** JSON in camelCase, times in ISO-8601 UTC. Errors are RFC 7807 problem details
        naming each refused field. A creation retried with the same `Idempotency-Key` header gets the
        first answer.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Description = $"{purpose}\n\n{Shared}";
        return Task.CompletedTask;
    }
}
