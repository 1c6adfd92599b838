using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Rules.Tests;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void A_payload_is_signed_as_the_Standard_Webhooks_specification_example_is()
    {
        var signature = WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Each_new_secret_is_32_random_bytes_behind_the_whsec_prefix()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => WebhookSignature.NewSecret()).ToList();

        Assert.All(secrets, secret => Assert.Equal(32, Convert.FromBase64String(secret[WebhookSignature.SecretPrefix.Length..]).Length));
        Assert.All(secrets, secret => Assert.StartsWith("whsec_", secret, StringComparison.Ordinal));
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
    }
}
