using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class PublicListTests(SignatoriesFixture service)
{
    [Fact]
    public async Task The_public_list_and_page_never_show_the_private_contact_nor_the_signer()
    {
        var name = Applications.UniqueName("Confidentielle");
        var id = await service.Http.ApprovedAsync(Applications.Valid(name: name));

        var list = await service.Http.GetStringAsync($"/api/v1/signatories?q={Uri.EscapeDataString(name)}");
        var one = await service.Http.GetStringAsync($"/api/v1/signatories/{id}");

        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
        foreach (var body in new[] { list, one })
        {
            Assert.DoesNotContain("alex.secret", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Alex Secret", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Claude Dupont", body, StringComparison.Ordinal);
            Assert.DoesNotContain("contact", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("siren", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Name_search_ignores_accents_and_case()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var id = await service.Http.ApprovedAsync(Applications.Valid(name: $"Société Écologique Numérique {marker}"));

        var page = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories?q=SOCIETE%20ecologique%20numerique%20{marker}");

        Assert.Equal(id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_public_list_filters_by_category_and_region()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var association = Applications.Valid(name: $"Filtre {marker} A", category: "association");
        association["region"] = "normandie";
        var associationId = await service.Http.ApprovedAsync(association);
        await service.Http.ApprovedAsync(Applications.Valid(name: $"Filtre {marker} B"));

        var page = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories?q=filtre%20{marker}&category=association&region=normandie");

        Assert.Equal(associationId, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_public_list_sorts_by_name()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await service.Http.ApprovedAsync(Applications.Valid(name: $"Tri {marker} Zèbre"));
        await service.Http.ApprovedAsync(Applications.Valid(name: $"Tri {marker} Abeille"));

        var page = await service.Http.GetFromJsonAsync<JsonElement>($"/api/v1/signatories?q=tri%20{marker}&sort=name");

        Assert.Equal(
            [$"Tri {marker} Abeille", $"Tri {marker} Zèbre"],
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("category=unknown", "category")]
    [InlineData("region=atlantis", "region")]
    [InlineData("sort=size", "sort")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task An_unknown_filter_value_gets_400_naming_it(string query, string field)
    {
        var response = await service.Http.GetAsync($"/api/v1/signatories?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
