using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Identity.Extensions;
using PlanetTechCare.Identity.Services;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// Partner API clients (client credentials), managed by tokens with the <c>admin</c> scope: the
/// secret is shown once, when created or rotated; revoking deletes the client and its tokens.
/// </summary>
public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/v1/identity/clients").WithTags("API clients").RequireAuthorization(TokenServerExtensions.AdminPolicy);

        clients.MapPost("/", CreateAsync).WithName("CreateClient")
            .WithSummary("Creates a partner client; the answer holds its secret, shown only this once. A retry with the same Idempotency-Key answers 200 with the client, without its secret (rotate it if the first answer was lost).");
        clients.MapGet("/", ListAsync).WithName("ListClients").WithSummary("Every API client, without secrets.");
        clients.MapGet("/{clientId}", GetAsync).WithName("GetClient").WithSummary("One API client, without its secret.");
        clients.MapPost("/{clientId}/secret", RotateSecretAsync).WithName("RotateClientSecret")
            .WithSummary("Replaces the client's secret; the old one stops working. The new secret is shown only this once.");
        clients.MapDelete("/{clientId}", RevokeAsync).WithName("RevokeClient")
            .WithSummary("Revokes the client: its tokens are revoked and it can no longer obtain any.");
        clients.MapPost("/{clientId}/revoke", RevokeAsync).WithName("RevokeClientByPost")
            .WithSummary("Same as DELETE, for callers that cannot send DELETE.");
        return clients;
    }

    public static async Task<Results<Created<IssuedClientSecret>, Ok<ClientView>, ValidationProblem>> CreateAsync(
        CreateClientRequest request, [AsParameters] IdempotencyKeyHeader idempotency, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var (created, earlier) = await registry.CreatePartnerClientAsync(request, idempotency.Value, cancellationToken);
        return created is not null
            ? TypedResults.Created($"/api/v1/identity/clients/{Uri.EscapeDataString(created.ClientId)}", created)
            : TypedResults.Ok(earlier!);
    }

    public static async Task<Results<Ok<PagedList<ClientView>>, ValidationProblem>> ListAsync(
        [AsParameters] PageRequest page, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var (items, total) = await registry.ListAsync(page.Skip, page.Size, cancellationToken);
        return TypedResults.Ok(new PagedList<ClientView>(items, page.PageNumber, page.Size, total));
    }

    public static async Task<Results<Ok<ClientView>, NotFound>> GetAsync(string clientId, ClientRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(clientId, cancellationToken) is { } client ? TypedResults.Ok(client) : TypedResults.NotFound();

    public static async Task<Results<Ok<IssuedClientSecret>, NotFound>> RotateSecretAsync(
        string clientId, ClientRegistry registry, CancellationToken cancellationToken) =>
        await registry.RotateSecretAsync(clientId, cancellationToken) is { } rotated ? TypedResults.Ok(rotated) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> RevokeAsync(string clientId, ClientRegistry registry, CancellationToken cancellationToken) =>
        await registry.RevokeAsync(clientId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
