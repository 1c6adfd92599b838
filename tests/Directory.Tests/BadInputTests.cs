using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PlanetTechCare.Directory.Tests.Support;

namespace PlanetTechCare.Directory.Tests;

[Collection(DirectoryCollection.Name)]
public sealed class BadInputTests(DirectoryFixture fixture)
{
    private readonly DirectoryDriver _directory = new(fixture);

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("q=eco%00design", "q")]
    [InlineData("pageSize=1e9", "pageSize")]
    [InlineData("expertise=astrology", "expertise")]
    [InlineData("region=atlantis", "region")]
    [InlineData("size=huge", "size")]
    [InlineData("language=xx", "language")]
    [InlineData("lang=de", "lang")]
    public async Task Bad_search_parameter_is_a_validation_problem_naming_it(string query, string field)
    {
        var response = await _directory.Http.GetAsync($"/api/v1/directory/listings?{query}");

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Over_long_search_text_is_a_validation_problem()
    {
        var response = await _directory.Http.GetAsync($"/api/v1/directory/listings?q={new string('a', 201)}");

        await ProblemAssert.NamesFieldAsync(response, "q");
    }

    [Fact]
    public async Task Malformed_edit_is_rejected_and_changes_nothing()
    {
        var id = await _directory.PublishedListingAsync("Intact " + DirectoryDriver.UniqueWord(), DirectoryDriver.Details());
        using var body = new StringContent("""{"expertiseAreas": ["eco-design", """, Encoding.UTF8, "application/json");

        var malformed = await _directory.Http.PutAsync($"/api/v1/directory/staff/listings/{id}", body);
        var unknown = await _directory.Http.PutAsJsonAsync($"/api/v1/directory/staff/listings/{id}", DirectoryDriver.Details(["astrology"]));
        var noReason = await _directory.Http.PostAsJsonAsync($"/api/v1/directory/staff/listings/{id}/unpublish", new { reason = " " });
        var nul = await _directory.Http.PutAsJsonAsync($"/api/v1/directory/staff/listings/{id}", DirectoryDriver.Details(descriptionFr: "a\0b"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        await ProblemAssert.NamesFieldAsync(unknown, "expertiseAreas");
        await ProblemAssert.NamesFieldAsync(noReason, "reason");
        await ProblemAssert.NamesFieldAsync(nul, "descriptionFr");
        var listing = await _directory.StaffGetAsync(id);
        Assert.Equal("Published", listing!.Status);
        Assert.Equal(["eco-design"], listing.Listing.ExpertiseAreas);
    }
}
