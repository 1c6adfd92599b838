using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PlanetTechCare.Messaging.Outbox;

/// <summary>
/// Listens on its own connection for the notifications every replica's commits of outbox rows
/// send (<see cref="OutboxCommitInterceptor.Channel"/>) and wakes this process's dispatcher, so an event
/// another replica wrote is published at once, with no polling. While the connection is down,
/// the dispatcher's slow poll (<see cref="OutboxOptions.PollingInterval"/>) covers the gap, and
/// every reconnection wakes it once.
/// </summary>
public sealed partial class OutboxListener<TContext>(
    IServiceScopeFactory scopeFactory, CommitSignal<OutboxMessage> signal, ILogger<OutboxListener<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>Idle seconds after which Npgsql checks the connection is alive, so a dead server is noticed.</summary>
    private const int KeepAliveSeconds = 30;

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ConnectionString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(logger, exception);
                await Task.Delay(ReconnectDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, _) => signal.Notify();
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {OutboxCommitInterceptor.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // What was committed while no one listened is picked up by one round.
        signal.Notify();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private string ConnectionString()
    {
        using var scope = scopeFactory.CreateScope();
        var given = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");
        // Outside the pool: this connection is held for the process's life.
        return new NpgsqlConnectionStringBuilder(given) { Pooling = false, KeepAlive = KeepAliveSeconds }.ConnectionString;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for outbox notifications failed; reconnecting")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
