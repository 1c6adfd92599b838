using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PlanetTechCare.Contracts;
using PlanetTechCare.ServiceData;
using PlanetTechCare.ServiceDefaults.Apis;
using PlanetTechCare.Signatories.Data;
using PlanetTechCare.Signatories.Domain;

namespace PlanetTechCare.Signatories.Apis;

/// <summary>The public side: approved signatories, the figures and the current manifesto.</summary>
public static class SignatoriesApi
{
    public const string BasePath = "/api/v1/signatories";

    private static readonly Expression<Func<Signatory, PublicSignatory>> ToPublic = s => new PublicSignatory(
        s.Id, s.LegalName, s.Category, s.Region, s.SizeBand, s.Website, s.PublicDescription, s.ApprovedAt ?? s.AppliedAt);

    public static RouteGroupBuilder MapSignatoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Signatories");

        api.MapGet("/", ListSignatoriesAsync)
            .WithName("ListSignatories")
            .WithSummary("Approved signatories (public fields), filtered by category, region and name, one page at a time.");
        api.MapGet("/{id:guid}", GetSignatoryAsync)
            .WithName("GetSignatory")
            .WithSummary("One approved signatory (public fields).");
        api.MapGet("/figures", SignatoryFiguresQuery.GetFiguresAsync)
            .WithName("GetSignatoryFigures")
            .WithSummary("Total and count by category, cumulative count per month since launch, target and progress.");
        api.MapGet("/manifesto", GetCurrentManifestoAsync)
            .WithName("GetCurrentManifesto")
            .WithSummary("The current manifesto, in French and English.");

        api.MapApplicationsApi();
        api.MapStaffApi();
        return api;
    }

    public static async Task<Results<Ok<PagedList<PublicSignatory>>, ValidationProblem>> ListSignatoriesAsync(
        [AsParameters] SignatoryListRequest request, [AsParameters] PageRequest page, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var approved = db.Signatories.AsNoTracking().Where(s => s.Status == SignatoryStatus.Approved);
        return TypedResults.Ok(await request.Apply(approved).Select(ToPublic).ToPagedListAsync(page, cancellationToken));
    }

    public static async Task<Results<Ok<PublicSignatory>, NotFound>> GetSignatoryAsync(
        Guid id, SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var signatory = await db.Signatories.AsNoTracking()
            .Where(s => s.Id == id && s.Status == SignatoryStatus.Approved)
            .Select(ToPublic)
            .FirstOrDefaultAsync(cancellationToken);
        return signatory is null ? TypedResults.NotFound() : TypedResults.Ok(signatory);
    }

    public static async Task<Results<Ok<ManifestoResponse>, NotFound>> GetCurrentManifestoAsync(
        SignatoriesDbContext db, CancellationToken cancellationToken)
    {
        var current = await db.Manifestos.AsNoTracking().FirstOrDefaultAsync(m => m.IsCurrent, cancellationToken);
        return current is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new ManifestoResponse(
                current.Version,
                new LocalizedText(current.TitleFr, current.TitleEn),
                new LocalizedText(current.TextFr, current.TextEn),
                current.PublishedAt));
    }
}
