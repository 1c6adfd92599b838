using System.Reflection;
using Microsoft.AspNetCore.Identity;
using PlanetTechCare.Identity.Apis;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Rules.Tests;

/// <summary>
/// The field messages a service takes from shared code instead of writing them at a site: every
/// <see cref="ValidationMessages"/> message, and the ASP.NET Core Identity errors the staff API
/// answers under a field (<see cref="IdentityErrorFields"/>) in Identity's English words. Each is
/// read from the code that writes it, with a sample for each argument, so a new one is found
/// without being listed here.
/// </summary>
internal static class SharedMessageTexts
{
    /// <summary>What each argument of a message holds, by the parameter's name.</summary>
    public static IReadOnlyDictionary<string, object> Arguments { get; } = new Dictionary<string, object>
    {
        ["max"] = 200,
        ["min"] = 0,
        ["fields"] = new[] { "fr", "en" },
        ["allowed"] = new[] { "fr", "en" },
        ["otherField"] = "category",
        ["value"] = "school",
        ["userName"] = "o'brien@planet-techcare.test",
        ["email"] = "o'brien@planet-techcare.test",
        ["length"] = 12,
        ["uniqueChars"] = 4,
    };

    /// <summary>Every shared validation message, then every Identity error the staff API names a field for.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ValidationMessageTexts(), .. StaffIdentityErrors()];

    private static IEnumerable<string> ValidationMessageTexts()
    {
        var type = typeof(ValidationMessages);
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);
        var formatted = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(method => method.ReturnType == typeof(string))
            .Select(method => (string)method.Invoke(null, ArgumentsOf(method))!);
        return constants.Concat(formatted);
    }

    /// <summary>The errors <see cref="IdentityErrorDescriber"/> writes under the codes that name a field (its methods' names).</summary>
    private static IEnumerable<string> StaffIdentityErrors()
    {
        var describer = new IdentityErrorDescriber();
        return typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.ReturnType == typeof(IdentityError) && IdentityErrorFields.Of(new IdentityError { Code = method.Name }) is not null)
            .Select(method => ((IdentityError)method.Invoke(describer, ArgumentsOf(method))!).Description);
    }

    private static object?[] ArgumentsOf(MethodInfo method) =>
        [.. method.GetParameters().Select(parameter => Arguments.TryGetValue(parameter.Name!, out var sample) ? sample
            : throw new KeyNotFoundException($"No sample for '{parameter.Name}' of {method.DeclaringType!.Name}.{method.Name}: add one to SharedMessageTexts.Arguments."))];
}
