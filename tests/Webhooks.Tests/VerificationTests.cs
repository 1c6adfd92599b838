using System.Net;
using Microsoft.AspNetCore.Http;
using PlanetTechCare.Webhooks.Tests.Support;

namespace PlanetTechCare.Webhooks.Tests;

[Collection(WebhooksCollection.Name)]
public sealed class VerificationTests(WebhooksFixture fixture)
{
    private readonly WebhooksDriver _driver = new(fixture);

    [Fact]
    public async Task A_target_that_does_not_echo_the_challenge_stays_pending_and_receives_nothing_until_verified()
    {
        var (name, url) = _driver.Receiver.NewTarget();
        _driver.Receiver.Behave(name, _ => Task.FromResult(Results.Ok(new { challenge = "something else" })));
        var subscription = await _driver.SubscribeAsync(url, "workshop.cancelled");
        try
        {
            Assert.Equal("pending-verification", subscription.Status);
            var challenge = Assert.Single(_driver.Receiver.ChallengesOf(name));
            Assert.Equal(WebhooksDriver.ExpectedSignature(subscription.Secret!, challenge), challenge.Signature);

            var missed = WebhooksDriver.Cancelled();
            await _driver.PublishAsync(missed);
            await _driver.WaitForFeedAsync(missed.EventId);
            var seen = WebhooksDriver.Cancelled();
            using (var refused = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/verify", null))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            }

            _driver.Receiver.Behave(name, received => Task.FromResult(TestReceiver.EchoOrAccept(received)));
            using (var verified = await _driver.Http.PostAsync($"{WebhooksDriver.Base}/subscriptions/{subscription.Id}/verify", null))
            {
                Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            }

            Assert.Equal("active", (await _driver.GetAsync(subscription.Id)).Status);
            await _driver.PublishAsync(seen);
            await WebhooksDriver.WaitAsync(() => _driver.Receiver.EventsOf(name).Any(r => r.Id == seen.EventId.ToString()), "events flow once verified");
            Assert.DoesNotContain(_driver.Receiver.EventsOf(name), r => r.Id == missed.EventId.ToString());
        }
        finally
        {
            await _driver.DeleteAsync(subscription.Id);
        }
    }
}
