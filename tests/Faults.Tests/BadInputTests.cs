using System.Net.Http.Headers;
using System.Text.Json;
using PlanetTechCare.Faults.Tests.Support;
using Xunit.Abstractions;

namespace PlanetTechCare.Faults.Tests;

/// <summary>
/// A corpus of bad requests sent through the gateway, with a token allowed every scope, to every
/// write operation and every query parameter of the services' OpenAPI documents: each gets a 4xx
/// problem details answer (naming the parameter for a bad query value) that carries no stack
/// trace, no exception name and none of the request's headers, and no database changes.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_bad_input_to_every_write_operation_and_query_parameter_gets_a_problem_without_detail_and_changes_no_database()
    {
        // Given the write operations the services document, and their databases at rest
        var operations = await ApiDocuments.OperationsAsync(platform.Gateway);
        var corpus = BadInputCorpus.For(operations).Concat(BadQueries.For(operations)).ToList();
        Assert.True(corpus.Count >= 500, $"The corpus has only {corpus.Count} inputs.");
        output.WriteLine($"{corpus.Count} bad inputs to {operations.Count(o => o.Method != "GET")} write operations and {operations.Sum(o => o.Query.Count)} query parameters:");
        foreach (var kind in corpus.GroupBy(input => input.Kind).OrderByDescending(kind => kind.Count()))
        {
            output.WriteLine($"  {kind.Count(),5}  {kind.Key}");
        }

        using var gateway = platform.App.CreateHttpClient("gateway");
        await platform.Identity.AuthorizeAsync(gateway, platform.App);
        var before = await DatabaseSnapshot.TakeWhenSettledAsync(platform.App);
        Assert.All(DatabaseSnapshot.Databases, database => Assert.Contains(before.Keys, table => table.StartsWith($"{database}.", StringComparison.Ordinal)));

        // When each bad input is sent
        var failures = new List<string>();
        foreach (var input in corpus)
        {
            if (await FailureOfAsync(gateway, input) is { } failure)
            {
                failures.Add($"{input} → {failure}");
            }
        }

        // Then each got a problem, and nothing was written
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} inputs failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        var after = await DatabaseSnapshot.TakeAsync(platform.App);
        Assert.Equal(before, after);
    }

    private static async Task<string?> FailureOfAsync(HttpClient gateway, BadInput input)
    {
        using var request = input.ToRequest(gateway.BaseAddress!);
        request.Headers.Authorization = gateway.DefaultRequestHeaders.Authorization;
        request.Headers.Add(ProbeHeader, ProbeValue);
        try
        {
            using var response = await gateway.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            return status is < 400 or >= 500 ? $"{status} {Shorten(body)}"
                : LeakIn(body, request) is { } leak ? $"{status} carries {leak}: {Shorten(body)}"
                : input.AnsweredByKestrel ? null
                : ProblemFailure(status, response.Content.Headers.ContentType, body, input.Field) is { } problem ? $"{status}: {problem}"
                : null;
        }
        catch (HttpRequestException error)
        {
            return $"no answer: {error.Message}";
        }
    }

    /// <summary>A stack trace, an exception's name or a header value sent with the request, if the answer holds one.</summary>
    private static string? LeakIn(string body, HttpRequestMessage request) =>
        body.Contains("   at ", StringComparison.Ordinal) ? "a stack trace"
        : body.Contains("Exception", StringComparison.Ordinal) ? "an exception name"
        : body.Contains(ProbeValue, StringComparison.Ordinal) || body.Contains(request.Headers.Authorization?.Parameter ?? ProbeValue, StringComparison.Ordinal)
            ? "a request header"
        : null;

    private static string? ProblemFailure(int status, MediaTypeHeaderValue? contentType, string body, string? field)
    {
        if (contentType?.MediaType != "application/problem+json")
        {
            return $"content type {contentType?.MediaType ?? "none"}, body '{Shorten(body)}'";
        }

        try
        {
            var problem = JsonSerializer.Deserialize<JsonElement>(body);
            return !(problem.TryGetProperty("status", out var problemStatus) && problemStatus.ValueKind == JsonValueKind.Number && problemStatus.GetInt32() == status
                    && problem.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(title.GetString()))
                ? $"no status {status} or no title: {Shorten(body)}"
                : field is not null && (status != 400 || !(problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                    && errors.EnumerateObject().Any(error => error.Name.Equals(field, StringComparison.OrdinalIgnoreCase))))
                    ? $"not a 400 naming '{field}': {Shorten(body)}"
                : null;
        }
        catch (JsonException)
        {
            return $"not JSON: {Shorten(body)}";
        }
    }

    private const string ProbeHeader = "X-Probe";
    private static readonly string ProbeValue = $"probe-{Guid.NewGuid():N}";

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
