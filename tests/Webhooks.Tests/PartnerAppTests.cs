using Microsoft.AspNetCore.Http;
using System.Net;
using System.Net.Http.Json;
using PlanetTechCare.Contracts;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

/// <summary>
/// Two partners' apps and staff: registrations (which name attendees) reach only the apps of the
/// workshop's partners, and an app sees and steers only its own subscriptions.
/// </summary>
[Collection(WebhooksCollection.Name)]
public sealed class PartnerAppTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _staff = new(fixture);

    [Fact]
    public async Task Registrations_reach_the_apps_of_the_workshops_partners_and_staff_only_by_webhook_and_in_the_feed()
    {
        using var partnerHttp = await fixture.AppAsync(TestIdentity.PartnerAppClient);
        using var otherHttp = await fixture.AppAsync(TestIdentity.OtherPartnerAppClient);
        var partner = new WebhooksDriver(fixture, partnerHttp);
        var other = new WebhooksDriver(fixture, otherHttp);
        var (partnerTarget, partnerUrl) = partner.Receiver.NewTarget();
        var (otherTarget, otherUrl) = other.Receiver.NewTarget();
        var (staffTarget, staffUrl) = _staff.Receiver.NewTarget();
        var partnerSubscription = await partner.SubscribeAsync(partnerUrl, "registration.*", "workshop.scheduled");
        var otherSubscription = await other.SubscribeAsync(otherUrl, "registration.*", "workshop.scheduled");
        var staffSubscription = await _staff.SubscribeAsync(staffUrl, "registration.confirmed");
        var partnerCursor = await partner.FeedEndAsync();
        var otherCursor = await other.FeedEndAsync();
        try
        {
            var workshopId = Guid.NewGuid();
            var scheduled = new WorkshopScheduled(workshopId, WorkshopHostedBy(fixture.Identity.PartnerId), Version: 1);
            await _staff.PublishAsync(scheduled);
            await _staff.WaitForFeedAsync(scheduled.EventId);
            var confirmed = new RegistrationConfirmed(Guid.NewGuid(), workshopId, "Camille Martin", "Ademe", null, [fixture.Identity.PartnerId]);
            await _staff.PublishAsync(confirmed);
            await _staff.WaitForFeedAsync(confirmed.EventId);

            await WebhooksDriver.WaitAsync(() => partner.Receiver.EventsOf(partnerTarget).Any(r => r.Id == confirmed.EventId.ToString())
                && _staff.Receiver.EventsOf(staffTarget).Any(r => r.Id == confirmed.EventId.ToString()), "the partner's app and staff get the registration");
            // Deliveries are recorded with the feed row, in one transaction: the other app's are final.
            Assert.Equal([scheduled.EventId], (await other.DeliveriesAsync(otherSubscription.Id)).Select(d => d.EventId));
            Assert.Equal([scheduled.EventId.ToString(), confirmed.EventId.ToString()], await partner.FeedEventIdsAfterAsync(partnerCursor));
            Assert.Equal([scheduled.EventId.ToString()], await other.FeedEventIdsAfterAsync(otherCursor));
        }
        finally
        {
            await partner.DeleteAsync(partnerSubscription.Id);
            await other.DeleteAsync(otherSubscription.Id);
            await _staff.DeleteAsync(staffSubscription.Id);
        }
    }

    [Fact]
    public async Task A_registration_consumed_before_its_workshops_scheduling_still_reaches_the_hosting_partners_app_only()
    {
        using var partnerHttp = await fixture.AppAsync(TestIdentity.PartnerAppClient);
        using var otherHttp = await fixture.AppAsync(TestIdentity.OtherPartnerAppClient);
        var partner = new WebhooksDriver(fixture, partnerHttp);
        var other = new WebhooksDriver(fixture, otherHttp);
        var (partnerTarget, partnerUrl) = partner.Receiver.NewTarget();
        var (_, otherUrl) = other.Receiver.NewTarget();
        var partnerSubscription = await partner.SubscribeAsync(partnerUrl, "registration.waitlisted");
        var otherSubscription = await other.SubscribeAsync(otherUrl, "registration.waitlisted");
        var partnerCursor = await partner.FeedEndAsync();
        try
        {
            // The workshop's own events travel on other queues: this one may come first.
            var waitlisted = new RegistrationWaitlisted(Guid.NewGuid(), Guid.NewGuid(), "Lou Bernard", null, 1, [fixture.Identity.PartnerId]);
            await _staff.PublishAsync(waitlisted);
            await _staff.WaitForFeedAsync(waitlisted.EventId);

            await WebhooksDriver.WaitAsync(() => partner.Receiver.EventsOf(partnerTarget).Any(r => r.Id == waitlisted.EventId.ToString()),
                "the hosting partner's app gets the registration");
            var delivered = partner.Receiver.EventsOf(partnerTarget).Single(r => r.Id == waitlisted.EventId.ToString());
            Assert.Contains("\"attendeeName\":\"Lou Bernard\"", delivered.Body, StringComparison.Ordinal);
            Assert.Equal([waitlisted.EventId.ToString()], await partner.FeedEventIdsAfterAsync(partnerCursor));
            Assert.Empty(await other.DeliveriesAsync(otherSubscription.Id));
        }
        finally
        {
            await partner.DeleteAsync(partnerSubscription.Id);
            await other.DeleteAsync(otherSubscription.Id);
        }
    }

    [Fact]
    public async Task An_app_not_linked_to_a_partner_cannot_ask_for_registrations_but_can_for_public_events()
    {
        using var unlinkedHttp = await fixture.AppAsync(TestIdentity.UnlinkedAppClient);
        var unlinked = new WebhooksDriver(fixture, unlinkedHttp);
        var (_, url) = unlinked.Receiver.NewTarget();

        using var refused = await unlinkedHttp.PostAsJsonAsync($"{WebhooksDriver.Base}/subscriptions", new { url, eventTypes = new[] { "registration.*" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("workshops partner", (await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var accepted = await unlinked.SubscribeAsync(url, "workshop.scheduled");
        await unlinked.DeleteAsync(accepted.Id);
    }

    [Fact]
    public async Task An_app_sees_and_steers_only_its_own_subscriptions_while_staff_see_every_apps()
    {
        using var partnerHttp = await fixture.AppAsync(TestIdentity.PartnerAppClient);
        using var otherHttp = await fixture.AppAsync(TestIdentity.OtherPartnerAppClient);
        var partner = new WebhooksDriver(fixture, partnerHttp);
        var (_, url) = partner.Receiver.NewTarget();
        var subscription = await partner.SubscribeAsync(url, "workshop.held");
        try
        {
            var path = $"{WebhooksDriver.Base}/subscriptions/{subscription.Id}";
            Assert.Equal(HttpStatusCode.NotFound, (await otherHttp.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherHttp.PostAsync($"{path}/pause", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherHttp.GetAsync($"{path}/deliveries")).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await otherHttp.DeleteAsync(path)).StatusCode);
            Assert.DoesNotContain(subscription.Id.ToString(), await otherHttp.GetStringAsync($"{WebhooksDriver.Base}/subscriptions?pageSize=100"), StringComparison.Ordinal);

            var seenByOwner = await partner.GetAsync(subscription.Id);
            Assert.Equal("active", seenByOwner.Status);
            Assert.Equal(TestIdentity.PartnerAppClient, seenByOwner.Owner);
            Assert.Equal(fixture.Identity.PartnerId, seenByOwner.PartnerId);
            var staffList = await fixture.Http.GetFromJsonAsync<PageDto<SubscriptionDto>>(
                $"{WebhooksDriver.Base}/subscriptions?owner={TestIdentity.PartnerAppClient}&status=active&pageSize=100");
            Assert.Contains(staffList!.Items, s => s.Id == subscription.Id);
            Assert.All(staffList.Items, s => Assert.Equal(TestIdentity.PartnerAppClient, s.Owner));
        }
        finally
        {
            await partner.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task Staff_find_the_disabled_subscriptions_of_every_app()
    {
        using var partnerHttp = await fixture.AppAsync(TestIdentity.PartnerAppClient);
        var partner = new WebhooksDriver(fixture, partnerHttp);
        var (name, url) = partner.Receiver.NewTarget();
        var subscription = await partner.SubscribeAsync(url, "workshop.cancelled");
        partner.Receiver.Behave(name, _ => Task.FromResult(Results.StatusCode(StatusCodes.Status410Gone)));
        try
        {
            await _staff.PublishAsync(WebhooksDriver.Cancelled());
            await Eventually.HoldsAsync(async () => (await partner.GetAsync(subscription.Id)).Status == "disabled", "the 410 disables it");

            var disabled = await fixture.Http.GetFromJsonAsync<PageDto<SubscriptionDto>>($"{WebhooksDriver.Base}/subscriptions?status=disabled&pageSize=100");

            var listed = Assert.Single(disabled!.Items, s => s.Id == subscription.Id);
            Assert.Equal(TestIdentity.PartnerAppClient, listed.Owner);
            Assert.Contains("410", listed.StatusReason, StringComparison.Ordinal);
            Assert.All(disabled.Items, s => Assert.Equal("disabled", s.Status));
        }
        finally
        {
            await partner.DeleteAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_validation_problem()
    {
        using var response = await fixture.Http.GetAsync($"{WebhooksDriver.Base}/subscriptions?status=sleeping");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static WorkshopDetails WorkshopHostedBy(Guid partnerId) => new(
        new LocalizedText("Atelier sobriété", "Sobriety workshop"), null, "webinar", ["eco-design"],
        [new WorkshopPartner(partnerId, "Partner")], [], DateTimeOffset.UtcNow.AddDays(7), DateTimeOffset.UtcNow.AddDays(7).AddHours(1), 100);
}
