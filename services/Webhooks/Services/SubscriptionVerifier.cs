using System.Security.Cryptography;
using System.Text.Json;
using PlanetTechCare.Webhooks.Domain;

namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// Proves a target wants the events: POSTs a signed challenge and expects it back in a 2xx JSON
/// answer. A verified subscription becomes active; otherwise it stays pending with the reason.
/// </summary>
public sealed class SubscriptionVerifier(WebhookSender sender, TimeProvider clock)
{
    public const string VerificationType = "webhook.verification";

    public async Task<bool> VerifyAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var challenge = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var body = JsonSerializer.Serialize(new { type = VerificationType, challenge });
        var (result, responseBody) = await sender.SendAsync(
            new Uri(subscription.TargetUrl), subscription.Secret, $"verify_{Guid.NewGuid():N}", body, "application/json", cancellationToken);

        var now = clock.GetUtcNow();
        if (!result.IsSuccess)
        {
            subscription.VerificationFailed(
                result.StatusCode is { } code ? $"The verification challenge got HTTP {code}." : $"The verification challenge failed: {result.Error}", now);
            return false;
        }

        if (EchoedChallenge(responseBody) != challenge)
        {
            subscription.VerificationFailed("The target did not answer the verification challenge with the same challenge in a JSON body.", now);
            return false;
        }

        subscription.Verified(now);
        return true;
    }

    private static string? EchoedChallenge(string? responseBody)
    {
        try
        {
            using var document = JsonDocument.Parse(responseBody ?? string.Empty);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("challenge", out var echoed) && echoed.ValueKind == JsonValueKind.String
                ? echoed.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
