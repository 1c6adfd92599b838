using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using PlanetTechCare.AppHost;
using PlanetTechCare.AppHost.LocalServers;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.TestSupport;

/// <summary>
/// The identity service of a test app, with API clients whose secrets are generated for the run:
/// one allowed every scope (what staff hold), two allowed a single scope each (to be refused), and
/// three apps allowed <c>webhooks.manage</c>: two acting for a workshops partner each, one for none.
/// Tokens come from its token endpoint by the client credentials grant, as a partner gets them.
/// </summary>
public sealed class TestIdentity
{
    public const string AllScopesClient = "tests-all-scopes";
    public const string ContentOnlyClient = "tests-content-only";
    public const string SignatoriesReadOnlyClient = "tests-signatories-read-only";
    public const string PartnerAppClient = "tests-partner-app";
    public const string OtherPartnerAppClient = "tests-other-partner-app";
    public const string UnlinkedAppClient = "tests-unlinked-app";

    /// <summary>The admin staff account the AppHost creates, signed in with <see cref="AdminPassword"/>.</summary>
    public const string AdminEmail = "admin@planet-techcare.local";

    private static readonly string[] ClientIds =
        [AllScopesClient, ContentOnlyClient, SignatoriesReadOnlyClient, PartnerAppClient, OtherPartnerAppClient, UnlinkedAppClient];
    private IResourceBuilder<ProjectResource>? _resource;
    private string _tokenEndpointResource = "identity";
    private readonly Dictionary<string, string> _secrets = ClientIds.ToDictionary(id => id, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));

    private TestIdentity()
    {
    }

    /// <summary>The admin account's password, generated for the run and given to the AppHost (<c>Identity:Bootstrap:AdminPassword</c>).</summary>
    public string AdminPassword { get; } = "admin-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    /// <summary>The identity project, when this test app declares it itself (not through the AppHost).</summary>
    public IResourceBuilder<ProjectResource> Resource =>
        _resource ?? throw new InvalidOperationException("The identity service is declared by the AppHost here.");

    /// <summary>The workshops partner <see cref="PartnerAppClient"/> acts for.</summary>
    public Guid PartnerId { get; } = Guid.NewGuid();

    /// <summary>The workshops partner <see cref="OtherPartnerAppClient"/> acts for.</summary>
    public Guid OtherPartnerId { get; } = Guid.NewGuid();

    /// <summary>Every scope of the platform, space-separated.</summary>
    public static string AllScopes => string.Join(' ', Scopes.All.Keys);

    /// <summary>Adds <c>identitydb</c> on <paramref name="postgres"/> and the identity service with the test clients.</summary>
    public static TestIdentity AddTo(IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> postgres)
    {
        var database = postgres.AddDatabase("identitydb");
        var identity = new TestIdentity();
        identity._resource = builder.AddService<Projects.Identity>("identity")
            .WithReference(database).WaitFor(database)
            .WithEnvironment("Identity__AllowHttp", "true");
        foreach (var (key, value) in identity.ClientSettings())
        {
            identity.Resource.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        return identity;
    }

    /// <summary>For the whole platform: the AppHost's command-line settings that give its identity service the test clients.</summary>
    public static (TestIdentity Identity, string[] Arguments) ForAppHost()
    {
        // Tokens come through the gateway, as partners get them: the identity service's own API
        // accepts only tokens issued at the address it is called through.
        var identity = new TestIdentity { _tokenEndpointResource = "gateway" };
        return (identity,
        [
            .. identity.ClientSettings().Select(setting => $"--{setting.Key}={setting.Value}"),
            $"--Identity:Bootstrap:AdminEmail={AdminEmail}", $"--Identity:Bootstrap:AdminPassword={identity.AdminPassword}",
        ]);
    }

    // Client 0 is left to the AppHost's own automation client.
    private IEnumerable<KeyValuePair<string, string>> ClientSettings() =>
        ClientIds.SelectMany((clientId, index) =>
        {
            var prefix = $"Identity:Bootstrap:Clients:{index + 1}";
            var settings = new Dictionary<string, string>
            {
                [$"{prefix}:ClientId"] = clientId,
                [$"{prefix}:Secret"] = _secrets[clientId],
                [$"{prefix}:Scopes"] = ScopesOf(clientId),
                [$"{prefix}:DisplayName"] = clientId,
            };
            if (PartnerOf(clientId) is { } partnerId)
            {
                settings[$"{prefix}:PartnerId"] = partnerId.ToString();
            }

            return settings;
        });

    private static string ScopesOf(string clientId) => clientId switch
    {
        AllScopesClient => AllScopes,
        ContentOnlyClient => Scopes.ContentWrite,
        PartnerAppClient or OtherPartnerAppClient or UnlinkedAppClient => Scopes.WebhooksManage,
        _ => Scopes.SignatoriesRead,
    };

    private Guid? PartnerOf(string clientId) => clientId switch
    {
        PartnerAppClient => PartnerId,
        OtherPartnerAppClient => OtherPartnerId,
        _ => null,
    };

    /// <summary>An access token of <paramref name="clientId"/> for all the scopes it is allowed.</summary>
    public async Task<string> TokenAsync(DistributedApplication app, string clientId = AllScopesClient)
    {
        using var http = app.CreateHttpClient(_tokenEndpointResource);
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = _secrets[clientId],
            ["scope"] = ScopesOf(clientId),
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode
            ? body.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"No token for {clientId}: {(int)response.StatusCode} {body}");
    }

    /// <summary>Makes every request of <paramref name="http"/> carry a token allowed every scope.</summary>
    public async Task AuthorizeAsync(HttpClient http, DistributedApplication app) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(app));
}
