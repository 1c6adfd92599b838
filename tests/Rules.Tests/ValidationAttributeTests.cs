using System.ComponentModel.DataAnnotations;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Rules.Tests;

public sealed class ValidationAttributeTests
{
    [Theory]
    [InlineData("Atelier", null)]
    [InlineData("Atelier\0", ValidationMessages.ControlCharacters)]
    [InlineData("Atelier\u001b[31m", ValidationMessages.ControlCharacters)]
    [InlineData("Deux\nlignes", ValidationMessages.ControlCharacters)]
    [InlineData("Vingt-et-un caractères", "At most 20 characters.")]
    public void A_text_is_short_and_free_of_control_characters(string text, string? error) =>
        Assert.Equal(error, ErrorOf(new TextAttribute(20), text));

    [Fact]
    public void A_multiline_text_may_hold_line_breaks_and_tabs_but_not_other_control_characters()
    {
        var multiline = new TextAttribute(100) { Multiline = true };

        Assert.Null(ErrorOf(multiline, "Ligne 1\r\n\tLigne 2"));
        Assert.Equal(ValidationMessages.ControlCharacters, ErrorOf(multiline, "Ligne 1\0"));
        Assert.Equal(ValidationMessages.ControlCharacters, ErrorOf(multiline, new List<string> { "ok", "\u0007" }));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    [InlineData(101, false)]
    [InlineData(-5, false)]
    public void A_number_is_within_its_bounds(int? value, bool valid)
    {
        var between = new BetweenAttribute(1, 100);

        Assert.Equal(valid, between.IsValid(value));
        Assert.Equal("Between 1 and 100.", between.FormatErrorMessage("pageSize"));
    }

    [Fact]
    public void A_value_or_each_value_of_a_list_is_one_of_the_allowed_ones_and_the_message_lists_them()
    {
        var oneOf = new OneOfAttribute("fr", "en");

        Assert.True(oneOf.IsValid(null));
        Assert.True(oneOf.IsValid("fr"));
        Assert.True(oneOf.IsValid(new[] { "fr", "en" }));
        Assert.False(oneOf.IsValid("FR"));
        Assert.False(oneOf.IsValid(new[] { "fr", "de" }));
        Assert.False(oneOf.IsValid(new string?[] { "fr", null }));
        Assert.Equal("One of: fr, en.", oneOf.FormatErrorMessage("languages"));
    }

    [Fact]
    public void The_allowed_values_can_be_a_vocabulary_named_on_a_type()
    {
        var oneOf = new OneOfAttribute(typeof(ValidationAttributeTests), nameof(Languages));

        Assert.Equal(Languages, oneOf.Allowed);
        Assert.Throws<ArgumentException>(() => new OneOfAttribute(typeof(ValidationAttributeTests), "Missing"));
    }

    [Theory]
    [InlineData("https://example.org/replay", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/relative/path", false)]
    [InlineData("example.org", false)]
    public void A_link_is_an_absolute_http_or_https_url(string url, bool valid) =>
        Assert.Equal(valid, new HttpUrlAttribute().IsValid(url));

    [Fact]
    public void A_list_is_short_and_holds_no_null_item()
    {
        var items = new ItemsAttribute(2);

        Assert.Null(ErrorOf(items, new List<string> { "a", "b" }));
        Assert.Equal("At most 2 items.", ErrorOf(items, new List<string> { "a", "b", "c" }));
        Assert.Equal(ValidationMessages.NullItem, ErrorOf(items, new List<string?> { "a", null }));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("x", true)]
    public void A_required_field_is_given_and_not_blank(string? value, bool valid)
    {
        var required = new RequiredFieldAttribute();

        Assert.Equal(valid, required.IsValid(value));
        Assert.Equal(ValidationMessages.Required, required.FormatErrorMessage("name"));
    }

    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    private static string? ErrorOf(ValidationAttribute attribute, object? value) =>
        attribute.GetValidationResult(value, new ValidationContext(new object()) { MemberName = "field" })?.ErrorMessage;
}
