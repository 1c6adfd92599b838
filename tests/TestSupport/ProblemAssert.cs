using System.Net;
using System.Text.Json;

namespace PlanetTechCare.TestSupport;

/// <summary>What a caller of a bad request must see: a 400 problem naming the field, and nothing of the server's insides.</summary>
public static class ProblemAssert
{
    /// <summary>A 400 <c>application/problem+json</c> whose <c>errors</c> name <paramref name="field"/>, without an exception's name or a stack trace.</summary>
    public static async Task NamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"No error for '{field}': {body}");
    }
}
