using Microsoft.AspNetCore.Http.HttpResults;
using PlanetTechCare.Identity.Extensions;
using PlanetTechCare.Identity.Services;
using PlanetTechCare.ServiceDefaults.Apis;

namespace PlanetTechCare.Identity.Apis;

/// <summary>
/// Staff accounts, managed by tokens with the <c>admin</c> scope: create (with a one-time password),
/// list, disable. An e-mail ASP.NET Core Identity refuses is a validation problem under <c>email</c>,
/// in Identity's words.
/// </summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/identity/staff").WithTags("Staff accounts").RequireAuthorization(TokenServerExtensions.AdminPolicy);

        staff.MapPost("/", CreateAsync).WithName("CreateStaffAccount")
            .WithSummary("Creates a staff account with a role (staff or admin); the answer holds a generated password, shown only this once.");
        staff.MapGet("/", ListAsync).WithName("ListStaffAccounts").WithSummary("Staff accounts, by e-mail.");
        staff.MapPost("/{id}/disable", DisableAsync).WithName("DisableStaffAccount")
            .WithSummary("Disables the account for good and revokes its tokens.");
        return staff;
    }

    public static async Task<Results<Created<CreatedStaff>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateStaffRequest request, StaffAccounts accounts)
    {
        var (created, refused) = await accounts.CreateAsync(request);
        return created is not null ? TypedResults.Created($"/api/v1/identity/staff/{created.Account.Id}", created)
            : refused is not null ? TypedResults.ValidationProblem(refused)
            : TypedResults.Problem("An account with this e-mail already exists.", statusCode: StatusCodes.Status409Conflict, title: "The account exists.");
    }

    public static async Task<Results<Ok<PagedList<StaffView>>, ValidationProblem>> ListAsync(
        [AsParameters] PageRequest page, StaffAccounts accounts, CancellationToken cancellationToken)
    {
        var (items, total) = await accounts.ListAsync(page.Skip, page.Size, cancellationToken);
        return TypedResults.Ok(new PagedList<StaffView>(items, page.PageNumber, page.Size, total));
    }

    public static async Task<Results<Ok<StaffView>, NotFound>> DisableAsync(string id, StaffAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.DisableAsync(id, cancellationToken) is { } disabled ? TypedResults.Ok(disabled) : TypedResults.NotFound();
}
