using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Directory.Data;
using PlanetTechCare.Directory.Domain;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.ServiceDefaults.Security;

namespace PlanetTechCare.Directory.Apis;

/// <summary>
/// Staff moderation of the directory, under one group (to be protected by the staff policy):
/// the queue of drafts, one listing in any state, publish, unpublish with a reason, edit.
/// Every write is idempotent: repeating it leaves the same state.
/// </summary>
public static class StaffDirectoryApi
{
    public static RouteGroupBuilder MapStaffDirectoryApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/directory/staff/listings").WithTags("Directory staff")
            .RequireScopes(Scopes.DirectoryWrite, Scopes.DirectoryWrite);

        staff.MapGet("/queue", GetQueueAsync).WithName("GetModerationQueue")
            .WithSummary("Draft listings of providers in good standing, waiting for moderation, oldest first.");
        staff.MapGet("/{id:guid}", GetAsync).WithName("GetStaffListing")
            .WithSummary("One listing in any state, with its moderation status and signatory standing.");
        staff.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishListing")
            .WithSummary("Publishes a listing; 409 if its signatory is not a provider in good standing.");
        staff.MapPost("/{id:guid}/unpublish", UnpublishAsync).WithName("UnpublishListing")
            .WithSummary("Takes a listing out of public view, with a reason.");
        staff.MapPut("/{id:guid}", EditAsync).WithName("EditListing")
            .WithSummary("Replaces a listing's details: expertise, services, regions, languages, size, descriptions, references.");
        return staff;
    }

    public static async Task<Ok<PagedList<StaffListingView>>> GetQueueAsync(
        [AsParameters] PageRequest page, DirectoryDbContext db, CancellationToken cancellationToken)
    {

        var queue = db.Listings.AsNoTracking().Where(l => l.Status == ModerationStatus.Draft
            && l.Standing == SignatoryStanding.InGoodStanding && l.Category == Vocabulary.ProviderCategory);
        var total = await queue.LongCountAsync(cancellationToken);
        var items = await queue.OrderBy(l => l.UpdatedAt).ThenBy(l => l.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<StaffListingView>([.. items.Select(StaffListingView.From)], page.PageNumber, page.Size, total));
    }

    public static async Task<Results<Ok<StaffListingView>, NotFound>> GetAsync(Guid id, DirectoryDbContext db, CancellationToken cancellationToken) =>
        await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } listing
            ? TypedResults.Ok(StaffListingView.From(listing))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<StaffListingView>, NotFound, ProblemHttpResult>> PublishAsync(
        Guid id, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        if (listing.PublishBlocker() is { } blocker)
        {
            return TypedResults.Problem(blocker, statusCode: StatusCodes.Status409Conflict, title: "The listing cannot be published.");
        }

        listing.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StaffListingView.From(listing));
    }

    public static async Task<Results<Ok<StaffListingView>, NotFound>> UnpublishAsync(
        Guid id, UnpublishRequest request, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        listing.Unpublish(request.Reason!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StaffListingView.From(listing));
    }

    public static async Task<Results<Ok<StaffListingView>, NotFound>> EditAsync(
        Guid id, ListingEditRequest request, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        listing.Edit(request.ToDetails(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StaffListingView.From(listing));
    }
}
