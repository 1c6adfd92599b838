using PlanetTechCare.Faults.Tests.Support;
namespace PlanetTechCare.Faults.Tests;

/// <summary>RabbitMQ stopped and started again while staff approve providers and people register.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerRestartTests(PlatformFixture platform)
{
    private const int Seats = 5;
    private static readonly TimeSpan OutageStep = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Approvals_and_registrations_made_while_the_broker_restarts_are_each_consumed_exactly_once()
    {
        // Given twelve providers waiting for approval and a five-seat workshop
        var providers = new Guid[12];
        for (var i = 0; i < providers.Length; i++)
        {
            providers[i] = await Signatories.ApplyProviderAsync(platform.Gateway);
        }

        var workshop = await Workshops.ScheduleAsync(platform.Staff, Seats);

        // When staff approve them and ten people register, the broker stopping and starting in the middle
        var registrations = new List<(Guid Id, string Status)>();
        await ApproveAsync(providers[..4]);
        await platform.App.StopResourceAsync("messaging");
        try
        {
            // Spread over an outage longer than the gateway's health probing (every 5 s, 2 failures)
            for (var i = 0; i < 10; i++)
            {
                if (i < 4)
                {
                    await Signatories.ApproveAsync(platform.Staff, providers[4 + i]);
                }

                registrations.Add(await Workshops.RegisterAsync(platform.Gateway, workshop, $"person{i}.{workshop:N}@example.org"));
                await Task.Delay(OutageStep);
            }
        }
        finally
        {
            await platform.App.StartResourceAsync("messaging");
        }

        await ApproveAsync(providers[8..]);

        // Then each event had its effect once: one feed row each, a listing per provider, exact seats
        var approvals = await Settled.CountsAsync(() => EventFeed.CountByIdAsync(platform.Staff, "signatory.approved", "signatoryId"),
            providers, "every approval reached the webhooks feed");
        Assert.All(providers, id => Assert.Equal(1, approvals[id]));

        var confirmed = registrations.Where(r => r.Status == "confirmed").Select(r => r.Id).ToList();
        var waitlisted = registrations.Where(r => r.Status == "waitlisted").Select(r => r.Id).ToList();
        Assert.Equal(Seats, confirmed.Count);
        Assert.Equal(registrations.Count - Seats, waitlisted.Count);
        var confirmations = await Settled.CountsAsync(() => EventFeed.CountByIdAsync(platform.Staff, "registration.confirmed", "registrationId"),
            confirmed, "every confirmation reached the webhooks feed");
        Assert.All(confirmed, id => Assert.Equal(1, confirmations[id]));
        Assert.DoesNotContain(waitlisted, confirmations.ContainsKey);
        var waitlistings = await Settled.CountsAsync(() => EventFeed.CountByIdAsync(platform.Staff, "registration.waitlisted", "registrationId"),
            waitlisted, "every waitlisting reached the webhooks feed");
        Assert.All(waitlisted, id => Assert.Equal(1, waitlistings[id]));

        await Listings.AssertEachHasOneAsync(platform.Staff, providers);
        var statuses = await Workshops.RegistrationStatusesAsync(platform.Staff, workshop);
        Assert.Equal(Seats, statuses.Count(s => s == "confirmed"));
        Assert.Equal(registrations.Count - Seats, statuses.Count(s => s == "waitlisted"));
        Assert.Empty(await ErrorQueues.WithMessagesAsync(platform.App));
    }

    private async Task ApproveAsync(IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            await Signatories.ApproveAsync(platform.Staff, id);
        }
    }
}
