using System.Net;
using System.Net.Http.Headers;
using PlanetTechCare.EndToEnd.Tests.Support;
using PlanetTechCare.ServiceDefaults.Security;
namespace PlanetTechCare.EndToEnd.Tests;

/// <summary>
/// Every operation the running services describe, walked through the gateway as anonymous, with a
/// token lacking the scope and with the right one, and directly against the service without a token.
/// A new route is in its service's document, so it cannot slip through unprotected.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RouteAuthorizationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_route_answers_anonymous_lacking_scope_right_scope_and_bypass_as_its_document_says()
    {
        var operations = await ApiDocuments.OperationsAsync(platform.Gateway);
        Assert.True(operations.Count >= 40, $"Only {operations.Count} operations were discovered.");
        Assert.All(ApiDocuments.Services, service => Assert.Contains(operations, o => o.Service == service && o.Scope is not null));

        var everyScope = await platform.Identity.TokenAsync(platform.App);
        var contentOnly = await platform.Identity.TokenAsync(platform.App, TestIdentity.ContentOnlyClient);
        var signatoriesReadOnly = await platform.Identity.TokenAsync(platform.App, TestIdentity.SignatoriesReadOnlyClient);
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var anonymous = await SendAsync(platform.Gateway, operation, token: null);
            if (operation.Scope is null)
            {
                Expect(failures, operation, "anonymous, public", anonymous, status => status is not (401 or 403) && status < 500);
                continue;
            }

            var lacking = operation.Scope == Scopes.ContentWrite ? signatoriesReadOnly : contentOnly;
            using var direct = platform.App.CreateHttpClient(operation.Service);
            Expect(failures, operation, "anonymous", anonymous, status => status == 401);
            Expect(failures, operation, "lacking the scope", await SendAsync(platform.Gateway, operation, lacking), status => status == 403);
            Expect(failures, operation, "with the scope", await SendAsync(platform.Gateway, operation, everyScope), status => status is not (401 or 403) && status < 500);
            Expect(failures, operation, "direct, no token", await SendAsync(direct, operation, token: null), status => status == 401);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<int> SendAsync(HttpClient http, ApiOperation operation, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.SamplePath);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (operation.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", MediaTypeHeaderValue.Parse("application/json"));
        }

        // Headers only: an event stream (text/event-stream) never ends; disposing the response closes it.
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (int)response.StatusCode;
    }

    private static void Expect(List<string> failures, ApiOperation operation, string caller, int status, Func<int, bool> expected)
    {
        if (!expected(status))
        {
            failures.Add($"{operation} ({operation.Scope ?? "public"}) {caller}: {status}");
        }
    }
}
