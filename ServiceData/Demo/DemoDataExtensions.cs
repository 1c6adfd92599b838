using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PlanetTechCare.ServiceData.Demo;

public static class DemoDataExtensions
{
    /// <summary>When <c>DemoData:Enabled</c> is on (the AppHost's default; off in tests), seeds the service's demo data at start.</summary>
    public static IHostApplicationBuilder AddDemoData<TSeeder, TContext>(this IHostApplicationBuilder builder)
        where TSeeder : class, IDemoSeeder
        where TContext : DbContext
    {
        if (builder.Configuration.GetValue("DemoData:Enabled", false))
        {
            builder.Services.AddScoped<IDemoSeeder, TSeeder>();
            builder.Services.AddHostedService<DemoDataSeeding<TContext>>();
        }

        return builder;
    }
}
