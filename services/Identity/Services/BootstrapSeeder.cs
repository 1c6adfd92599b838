using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PlanetTechCare.Identity.Domain;
using PlanetTechCare.Identity.Extensions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PlanetTechCare.Identity.Services;

/// <summary>
/// Once at start, after the migrations: the roles, the API scopes with their resources, the
/// admin account, the configured client-credentials clients and the dashboard client. Every step
/// creates what is missing and updates what differs, so running it again changes nothing.
/// </summary>
public sealed partial class BootstrapSeeder(IServiceScopeFactory scopeFactory, IOptions<BootstrapOptions> options, ILogger<BootstrapSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await EnsureScopesAsync(services.GetRequiredService<IOpenIddictScopeManager>(), cancellationToken);
        await EnsureAdminAsync(services.GetRequiredService<StaffAccounts>());
        var registry = services.GetRequiredService<ClientRegistry>();
        foreach (var client in options.Value.Clients)
        {
            await EnsureClientAsync(registry, client, cancellationToken);
        }

        await EnsureDashboardAsync(registry, options.Value.Dashboard, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                StaffAccounts.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static async Task EnsureScopesAsync(IOpenIddictScopeManager scopes, CancellationToken cancellationToken)
    {
        foreach (var (name, scope) in ServiceDefaults.Security.Scopes.All)
        {
            var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = name };
            descriptor.Resources.Add(scope.Resource);
            if (await scopes.FindByNameAsync(name, cancellationToken) is { } existing)
            {
                await scopes.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await scopes.CreateAsync(descriptor, cancellationToken);
            }
        }
    }

    private async Task EnsureAdminAsync(StaffAccounts accounts)
    {
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            LogNoAdmin(logger);
            return;
        }

        if (await accounts.EnsureAsync(email, "Administrator", StaffRoles.Admin, password))
        {
            LogAdminCreated(logger, email);
        }
    }

    private async Task EnsureClientAsync(ClientRegistry registry, BootstrapClientOptions client, CancellationToken cancellationToken)
    {
        var scopes = (client.Scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.IsNullOrWhiteSpace(client.ClientId) || string.IsNullOrEmpty(client.Secret) || scopes.Any(scope => !ApiScopes.IsKnown(scope)))
        {
            throw new InvalidOperationException(
                $"The bootstrap client '{client.ClientId}' needs a ClientId, a Secret and Scopes among: {string.Join(' ', ApiScopes.All)}.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName ?? client.ClientId,
        };
        descriptor.Permissions.UnionWith(ClientPermissions.ForClientCredentials(scopes));
        ClientRegistry.SetPartner(descriptor, client.PartnerId);
        await registry.EnsureAsync(descriptor, cancellationToken);
        LogClientReady(logger, client.ClientId);
    }

    private static async Task EnsureDashboardAsync(ClientRegistry registry, DashboardClientOptions dashboard, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(dashboard.RedirectUri))
        {
            return;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = DashboardClientOptions.ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Planet Tech'Care staff dashboard",
        };
        descriptor.RedirectUris.Add(new Uri(dashboard.RedirectUri, UriKind.Absolute));
        if (!string.IsNullOrWhiteSpace(dashboard.PostLogoutRedirectUri))
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(dashboard.PostLogoutRedirectUri, UriKind.Absolute));
        }

        descriptor.Permissions.UnionWith(ClientPermissions.ForDashboard());
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        await registry.EnsureAsync(descriptor, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Identity:Bootstrap:AdminEmail/AdminPassword: no admin account is created")]
    private static partial void LogNoAdmin(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin account {Email} created")]
    private static partial void LogAdminCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap client {ClientId} is up to date")]
    private static partial void LogClientReady(ILogger logger, string clientId);
}
