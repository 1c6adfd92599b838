using Microsoft.Playwright;
using PlanetTechCare.Browser.Tests.Support;

namespace PlanetTechCare.Browser.Tests;

[Collection(DashboardCollection.Name)]
public sealed class FailedMessagesTests(DashboardFixture platform)
{
    [Fact]
    public async Task Staff_retry_a_failed_message_and_it_goes_back_to_its_queue_without_its_fault()
    {
        // Given a message parked in an _error queue, shown with its error
        await using var parked = await ParkedMessages.ParkAsync(platform.App, "Boom: the consumer failed.");
        var page = await OpenQueueAsync(parked.ErrorQueue);
        await Assertions.Expect(page.GetByTestId("failed-messages")).ToContainTextAsync("Boom: the consumer failed.");

        // When staff retry it
        await page.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Message remis dans sa file d'origine.")).ToBeVisibleAsync();

        // Then it is back in its original queue, without the fault headers, and no longer parked
        Assert.Equal(0u, await parked.CountAsync(parked.ErrorQueue));
        var retried = await parked.TakeAsync(parked.Queue);
        Assert.NotNull(retried);
        Assert.DoesNotContain(retried.BasicProperties.Headers ?? new Dictionary<string, object?>(), header => header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_discard_a_failed_message_and_it_is_gone()
    {
        await using var parked = await ParkedMessages.ParkAsync(platform.App, "Unreadable message.");
        var page = await OpenQueueAsync(parked.ErrorQueue);

        await page.GetByRole(AriaRole.Button, new() { Name = "Écarter" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Message écarté.")).ToBeVisibleAsync();

        Assert.Equal(0u, await parked.CountAsync(parked.ErrorQueue));
        Assert.Equal(0u, await parked.CountAsync(parked.Queue));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenQueueAsync(string errorQueue)
    {
        var page = await platform.SignInAsync();
        await page.OpenAsync("Messages en échec", "Messages en échec");
        var show = page.GetByTestId($"show-{errorQueue}");
        await Arrange.EventuallyAsync(async () =>
        {
            if (await show.CountAsync() > 0)
            {
                return true;
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Actualiser" }).ClickAsync();
            return false;
        }, $"{errorQueue} listed");
        await show.ClickAsync();
        await Screenshots.SaveAsync(page, "failed-messages-queue");
        return page;
    }
}
