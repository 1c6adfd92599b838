using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Workshops.Data;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Workshops.Apis;

/// <summary>Partners: listed publicly, managed by staff. The name is the natural key.</summary>
public static class PartnersApi
{
    public static RouteGroupBuilder MapPublicPartnersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/partners", ListAsync).WithName("ListPartners").WithSummary("Partner organisations, by name.");
        api.MapGet("/partners/{id:guid}", GetAsync).WithName("GetPartner").WithSummary("One partner organisation.");
        return api;
    }

    public static RouteGroupBuilder MapStaffPartnersApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/partners", CreateAsync).WithName("CreatePartner")
            .WithSummary("Adds a partner; a partner of the same name is returned instead (200), so a retry is safe.");
        staff.MapPut("/partners/{id:guid}", EditAsync).WithName("EditPartner").WithSummary("Replaces a partner's description.");
        staff.MapDelete("/partners/{id:guid}", DeleteAsync).WithName("DeletePartner")
            .WithSummary("Removes a partner that hosts no workshop (a retry gets 204 too).");
        return staff;
    }

    public static async Task<Ok<PagedList<PartnerResponse>>> ListAsync(
        [AsParameters] PageRequest page, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var list = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToPagedListAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedList<PartnerResponse>([.. list.Items.Select(PartnerResponse.From)], list.Page, list.PageSize, list.Total));
    }

    public static async Task<Results<Ok<PartnerResponse>, NotFound>> GetAsync(Guid id, WorkshopsDbContext db, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } partner
            ? TypedResults.Ok(PartnerResponse.From(partner))
            : TypedResults.NotFound();

    public static async Task<Results<Created<PartnerResponse>, Ok<PartnerResponse>>> CreateAsync(
        PartnerRequest request, WorkshopsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Name == name, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(PartnerResponse.From(existing));
        }

        var partner = new Partner(Guid.CreateVersion7(), name, clock.GetUtcNow());
        Describe(partner, name, request);
        db.Partners.Add(partner);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return TypedResults.Ok(PartnerResponse.From(await db.Partners.AsNoTracking().SingleAsync(p => p.Name == name, cancellationToken)));
        }

        return TypedResults.Created($"{WorkshopsApi.BasePath}/partners/{partner.Id}", PartnerResponse.From(partner));
    }

    public static async Task<Results<Ok<PartnerResponse>, NotFound, ValidationProblem>> EditAsync(
        Guid id, PartnerRequest request, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (await db.Partners.AnyAsync(p => p.Name == name && p.Id != id, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Another partner has this name."] });
        }

        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return TypedResults.NotFound();
        }

        Describe(partner, name, request);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PartnerResponse.From(partner));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, WorkshopsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Workshops.AnyAsync(w => w.PartnerIds.Contains(id), cancellationToken))
        {
            return TypedResults.Problem("This partner hosts workshops.", statusCode: StatusCodes.Status409Conflict, title: "Partner in use");
        }

        await db.Partners.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static void Describe(Partner partner, string name, PartnerRequest request) => partner.Describe(name,
        request.Website.TrimmedOrNull(), request.LogoUrl.TrimmedOrNull(), request.DescriptionFr.TrimmedOrNull(), request.DescriptionEn.TrimmedOrNull());
}
