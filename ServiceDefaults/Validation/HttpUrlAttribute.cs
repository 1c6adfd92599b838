using System.ComponentModel.DataAnnotations;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>An absolute http or https URL (its length is a <see cref="TextAttribute"/>'s).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class HttpUrlAttribute : ValidationAttribute
{
    public HttpUrlAttribute() => ErrorMessage = ValidationMessages.HttpUrl;

    public override bool IsValid(object? value) =>
        value is not string text || (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));
}
