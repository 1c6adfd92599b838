using System.Net.Http.Json;
using System.Text.Json;
using PlanetTechCare.Signatories.Tests.Support;

namespace PlanetTechCare.Signatories.Tests;

[Collection(SignatoriesCollection.Name)]
public sealed class FiguresTests(SignatoriesFixture service)
{
    [Fact]
    public async Task An_approval_adds_one_to_the_total_to_its_category_and_to_the_current_month()
    {
        // Given the figures now
        var before = await FiguresAsync();

        // When a school is approved (and another application stays pending)
        await service.Http.ApprovedAsync(Applications.Valid(category: "school-or-training-body"));
        await service.Http.AppliedAsync();

        // Then the total, its category and this month's cumulative count grow by one
        var after = await FiguresAsync();
        Assert.Equal(Total(before) + 1, Total(after));
        Assert.Equal(Schools(before) + 1, Schools(after));
        Assert.Equal(ThisMonth(before) + 1, ThisMonth(after));
    }

    [Fact]
    public async Task A_withdrawal_takes_the_signatory_out_of_the_figures()
    {
        var id = await service.Http.ApprovedAsync();
        var before = await FiguresAsync();

        await service.Http.ActAsync(id, "withdraw", "Leaving.");

        Assert.Equal(Total(before) - 1, Total(await FiguresAsync()));
    }

    [Fact]
    public async Task The_figures_run_monthly_from_launch_against_a_target_of_500()
    {
        await service.Http.ApprovedAsync();

        var figures = await FiguresAsync();

        Assert.Equal(500, figures.GetProperty("target").GetInt32());
        Assert.Equal(Math.Round(Total(figures) / 500.0, 4), figures.GetProperty("progress").GetDouble(), 4);
        var months = figures.GetProperty("monthly").EnumerateArray().ToList();
        Assert.Equal("2026-05", months[0].GetProperty("month").GetString());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), months[^1].GetProperty("month").GetString());
        Assert.Equal(Total(figures), months[^1].GetProperty("cumulative").GetInt32());
        Assert.Equal(6, figures.GetProperty("byCategory").EnumerateObject().Count());
    }

    [Fact]
    public async Task Each_category_has_its_own_cumulative_count_per_month_adding_up_to_the_total()
    {
        // Given a public body approved
        var before = await FiguresAsync();
        await service.Http.ApprovedAsync(Applications.Valid(category: "public-body"));

        // When the figures are read
        var after = await FiguresAsync();

        // Then the public bodies' curve grows by one this month, and the curves add up to the overall one
        var categories = after.GetProperty("monthlyByCategory").EnumerateArray().ToList();
        Assert.Equal(6, categories.Count);
        Assert.Equal(PublicBodiesThisMonth(before) + 1, PublicBodiesThisMonth(after));
        var months = after.GetProperty("monthly").EnumerateArray().ToList();
        for (var i = 0; i < months.Count; i++)
        {
            Assert.Equal(months[i].GetProperty("cumulative").GetInt32(),
                categories.Sum(category => category.GetProperty("monthly")[i].GetProperty("cumulative").GetInt32()));
        }
    }

    private static int PublicBodiesThisMonth(JsonElement figures) =>
        figures.GetProperty("monthlyByCategory").EnumerateArray()
            .Single(category => category.GetProperty("category").GetString() == "public-body")
            .GetProperty("monthly").EnumerateArray().Last().GetProperty("cumulative").GetInt32();

    private Task<JsonElement> FiguresAsync() => service.Http.GetFromJsonAsync<JsonElement>("/api/v1/signatories/figures");

    private static int Total(JsonElement figures) => figures.GetProperty("total").GetInt32();

    private static int Schools(JsonElement figures) => figures.GetProperty("byCategory").GetProperty("school-or-training-body").GetInt32();

    private static int ThisMonth(JsonElement figures) => figures.GetProperty("monthly").EnumerateArray().Last().GetProperty("cumulative").GetInt32();
}
