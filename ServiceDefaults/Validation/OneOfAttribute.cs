using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace PlanetTechCare.ServiceDefaults.Validation;

/// <summary>
/// A value (or each value of a list) among a fixed set: the values given, or a static collection
/// of strings named on a type (<c>[OneOf(typeof(Vocabulary), nameof(Vocabulary.Regions))]</c>).
/// The API documents list them as the parameter's or property's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute : ValidationAttribute
{
    public OneOfAttribute(params string[] allowed) => Allowed = allowed;

    public OneOfAttribute(Type holder, string member) =>
        Allowed = [.. (IEnumerable<string>)(holder.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? holder.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new ArgumentException($"{holder.Name}.{member} is not a public static collection of strings.", nameof(member)))];

    public IReadOnlyList<string> Allowed { get; }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => Allowed.Contains(text, StringComparer.Ordinal),
        IEnumerable<string?> texts => texts.All(text => text is not null && Allowed.Contains(text, StringComparer.Ordinal)),
        _ => false,
    };

    public override string FormatErrorMessage(string name) => ValidationMessages.OneOf(Allowed);
}
