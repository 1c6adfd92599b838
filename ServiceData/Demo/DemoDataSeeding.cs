using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PlanetTechCare.ServiceData.Demo;

/// <summary>
/// Runs the service's <see cref="IDemoSeeder"/> once, in the background after the migrations,
/// holding a session lock of the service's database so that replicas seed one after the other
/// (released when done: the pool does not reset a connection it takes back).
/// A failed run is tried again a few times (the seeder skips what it already wrote).
/// </summary>
public sealed partial class DemoDataSeeding<TContext>(IServiceScopeFactory scopes, ILogger<DemoDataSeeding<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedOnceAsync(stoppingToken);
                LogSeeded(logger);
                return;
            }
            catch (Exception exception) when (attempt < MaxAttempts && exception is not OperationCanceledException)
            {
                LogRetrying(logger, attempt, exception);
                await Task.Delay(TimeSpan.FromSeconds(2 * attempt), stoppingToken);
            }
        }
    }

    private async Task SeedOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The seeder's commands use this same context, so the same connection, which holds the lock.
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Another replica may be seeding for a minute or more: wait for it, beyond the usual command timeout.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(LockWait);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext('demo-data'))", cancellationToken);
            db.Database.SetCommandTimeout(timeout);
            try
            {
                await scope.ServiceProvider.GetRequiredService<IDemoSeeder>().SeedAsync(cancellationToken);
            }
            finally
            {
                // Pooled connections are not reset when closed: the lock would outlive the seeding.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtext('demo-data'))", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data in place")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data attempt {Attempt} failed; trying again")]
    private static partial void LogRetrying(ILogger logger, int attempt, Exception exception);
}
