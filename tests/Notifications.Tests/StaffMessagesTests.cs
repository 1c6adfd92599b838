using PlanetTechCare.Notifications.Tests.Support;

namespace PlanetTechCare.Notifications.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class StaffMessagesTests(NotificationsFixture fixture)
{
    [Theory]
    [InlineData("status=lost", "status")]
    [InlineData("eventId=not-a-guid", "eventId")]
    [InlineData("recipient=not-an-address", "recipient")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task A_bad_filter_is_a_400_problem_naming_it(string query, string field)
    {
        using var response = await fixture.Http.GetAsync($"/api/v1/notifications/staff/messages?{query}");

        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Without_a_token_the_message_list_answers_401()
    {
        using var anonymous = fixture.App.CreateHttpClient("notifications");

        using var response = await anonymous.GetAsync("/api/v1/notifications/staff/messages");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
