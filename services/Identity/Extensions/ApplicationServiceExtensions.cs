using PlanetTechCare.Identity.Data;
using PlanetTechCare.Identity.Services;
using PlanetTechCare.ServiceData;

namespace PlanetTechCare.Identity.Extensions;

public static class ApplicationServiceExtensions
{
    public const string DatabaseName = "identitydb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Request bodies and [AsParameters] queries checked against their attributes (ServiceDefaults/Validation) before
        // the handler runs; generated at build time for this service's endpoints, so called here.
        builder.Services.AddValidation();
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.SectionName));
        builder.AddServiceDatabase<IdentityServiceDbContext>(DatabaseName);
        builder.AddStaffAccounts();
        builder.AddTokenServer();
        builder.Services.AddAntiforgery();
        builder.Services.AddScoped<ClientRegistry>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<StaffPrincipalFactory>();
        builder.Services.AddScoped<ClientPrincipalFactory>();

        // Runs after the migrator (hosted services start in order), once, before the service is ready.
        builder.Services.AddHostedService<BootstrapSeeder>();
        return builder;
    }
}
