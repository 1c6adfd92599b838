using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PlanetTechCare.ServiceDefaults.Domain;
using PlanetTechCare.ServiceDefaults.Problems;
using PlanetTechCare.ServiceDefaults.Validation;

namespace PlanetTechCare.Rules.Tests;

public sealed class ProblemAnswerTests
{
    [Fact]
    public void A_refused_move_is_a_409_carrying_the_aggregates_explanation()
    {
        var problem = ProblemFor(new InvalidTransitionException("A held workshop cannot be cancelled."));

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        Assert.Equal("This change is not possible in the current status.", problem.Title);
        Assert.Equal("A held workshop cannot be cancelled.", problem.Detail);
        Assert.Equal(ProblemTypes.InvalidTransition, problem.Type);
    }

    [Fact]
    public void A_server_error_says_nothing_of_the_exception()
    {
        var problem = ProblemFor(new InvalidOperationException("Host=db;Password=secret"));

        Assert.Equal(StatusCodes.Status500InternalServerError, problem.Status);
        Assert.Equal("An unexpected error occurred.", problem.Title);
        Assert.Null(problem.Detail);
        Assert.Empty(problem.Extensions);
        Assert.DoesNotContain("secret", JsonSerializer.Serialize(problem), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", JsonSerializer.Serialize(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.contact.email", "contact.email")]
    [InlineData("$", "body")]
    public void A_body_member_of_the_wrong_type_is_named_as_the_JSON_names_it(string path, string field)
    {
        var problem = ProblemFor(new BadHttpRequestException("Failed to read parameter", new JsonException("The JSON value could not be converted.", path, 1, 20)));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal($"The value given for '{field}' is not valid.", problem.Detail);
        Assert.Equal([field], Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]).Keys);
    }

    [Fact]
    public void A_query_value_that_does_not_bind_is_named_in_camel_case()
    {
        var problem = ProblemFor(new BadHttpRequestException("Failed to bind parameter \"Nullable<int> PageSize\" from \"abc\"."));

        Assert.Equal(["pageSize"], Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]).Keys);
        Assert.DoesNotContain("abc", JsonSerializer.Serialize(problem), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_are_named_as_the_JSON_is_and_headers_keep_their_names()
    {
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["Contact.Email"] = ["A valid e-mail address is expected."],
            ["References[0].Url"] = [ValidationMessages.HttpUrl],
            ["PageSize"] = ["Between 1 and 100."],
            ["Idempotency-Key"] = ["At most 100 characters."],
        });

        ValidationProblems.UseJsonNames(new ProblemDetailsContext { HttpContext = new DefaultHttpContext(), ProblemDetails = problem });

        Assert.Equal(["contact.email", "references[0].url", "pageSize", "Idempotency-Key"], problem.Errors.Keys);
    }

    private static ProblemDetails ProblemFor(Exception exception)
    {
        var context = new ProblemDetailsContext { HttpContext = new DefaultHttpContext(), Exception = exception, ProblemDetails = new ProblemDetails() };
        ExceptionProblems.Customize(context);
        return context.ProblemDetails;
    }
}
