using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using PlanetTechCare.Identity.Apis;
using PlanetTechCare.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// API clients kept by OpenIddict's application manager: partner clients created by staff (secret
/// shown once, stored hashed), secret rotation, revocation, and the clients seeded at start.
/// </summary>
public sealed class ClientRegistry(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    IdentityServiceDbContext db,
    TimeProvider clock)
{
    private const string OrganisationProperty = "organisation";
    private const string CreatedAtProperty = "createdAt";
    private const string PartnerProperty = "partnerId";

    /// <summary>
    /// Creates a partner client and returns its secret; with an Idempotency-Key, a retry finds the
    /// client the first call created and returns it without a secret (null), which is never kept in clear.
    /// </summary>
    public async Task<(IssuedClientSecret? Created, ClientView? Earlier)> CreatePartnerClientAsync(
        CreateClientRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var clientId = idempotencyKey is null
            ? ClientSecrets.NewClientId(request.OrganisationName!)
            : ClientSecrets.ClientIdFor(request.OrganisationName!, idempotencyKey);
        if (idempotencyKey is not null && await FindAsync(clientId, cancellationToken) is { } earlier)
        {
            return (null, earlier);
        }

        try
        {
            return (await CreatePartnerClientAsync(clientId, request, cancellationToken), null);
        }
        catch (Exception error) when (idempotencyKey is not null)
        {
            // A concurrent retry with the same key may have created it first; otherwise this is a real failure.
            return (null, await FindAsync(clientId, cancellationToken)
                ?? throw new InvalidOperationException($"The client '{clientId}' could not be created.", error));
        }
    }

    private async Task<IssuedClientSecret> CreatePartnerClientAsync(string clientId, CreateClientRequest request, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = request.DisplayName!.Trim(),
        };
        descriptor.Permissions.UnionWith(ClientPermissions.ForClientCredentials(request.Scopes!.Distinct(StringComparer.Ordinal)));
        descriptor.Properties[OrganisationProperty] = JsonSerializer.SerializeToElement(request.OrganisationName!.Trim());
        descriptor.Properties[CreatedAtProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow());
        SetPartner(descriptor, request.PartnerId);
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        return new IssuedClientSecret(descriptor.ClientId, secret, await ViewAsync(application, cancellationToken));
    }

    public async Task<(IReadOnlyList<ClientView> Items, long Total)> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var all = db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking();
        var total = await all.LongCountAsync(cancellationToken);
        var page = await all.OrderBy(a => a.ClientId).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var items = new List<ClientView>(page.Count);
        foreach (var application in page)
        {
            items.Add(await ViewAsync(application, cancellationToken));
        }

        return (items, total);
    }

    /// <summary>The workshops partner the client acts for, if any.</summary>
    public async Task<Guid?> PartnerOfAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? PartnerOf(await applications.GetPropertiesAsync(application, cancellationToken))
            : null;

    public static void SetPartner(OpenIddictApplicationDescriptor descriptor, Guid? partnerId)
    {
        if (partnerId is { } id)
        {
            descriptor.Properties[PartnerProperty] = JsonSerializer.SerializeToElement(id);
        }
    }

    private static Guid? PartnerOf(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(PartnerProperty, out var partner) && partner.TryGetGuid(out var id) ? id : null;

    public async Task<ClientView?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await ViewAsync(application, cancellationToken)
            : null;

    /// <summary>Replaces the secret of a confidential client: the old one stops working at once.</summary>
    public async Task<IssuedClientSecret?> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null || !await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken))
        {
            return null;
        }

        var secret = ClientSecrets.NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        return new IssuedClientSecret(clientId, secret, await ViewAsync(application, cancellationToken));
    }

    /// <summary>Revokes the client's tokens and authorizations, then deletes it: it can no longer authenticate.</summary>
    public async Task<bool> RevokeAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        await authorizations.RevokeByApplicationIdAsync(id!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    /// <summary>Creates or updates a client from a descriptor (bootstrap), keyed by its client id.</summary>
    public async Task EnsureAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            descriptor.Properties[CreatedAtProperty] = JsonSerializer.SerializeToElement(clock.GetUtcNow());
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }

        var properties = await applications.GetPropertiesAsync(existing, cancellationToken);
        foreach (var (name, value) in properties)
        {
            descriptor.Properties.TryAdd(name, value);
        }

        // A secret in clear differs from the stored hash, so OpenIddict hashes it again.
        await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private async Task<ClientView> ViewAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ClientView(
            await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty,
            await applications.GetDisplayNameAsync(application, cancellationToken),
            properties.TryGetValue(OrganisationProperty, out var organisation) && organisation.ValueKind == JsonValueKind.String ? organisation.GetString() : null,
            await applications.GetClientTypeAsync(application, cancellationToken) ?? string.Empty,
            ClientPermissions.ScopesOf(await applications.GetPermissionsAsync(application, cancellationToken)),
            properties.TryGetValue(CreatedAtProperty, out var created) && created.ValueKind == JsonValueKind.String ? created.GetDateTimeOffset() : null,
            PartnerOf(properties));
    }
}
