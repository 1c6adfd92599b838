using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanetTechCare.Messaging;
using PlanetTechCare.Notifications.Data;
using PlanetTechCare.Notifications.Domain;
using PlanetTechCare.Notifications.Extensions;

namespace PlanetTechCare.Notifications.Services;

/// <summary>
/// Sends due messages: claim (a short statement leasing them, <see cref="MessageClaims"/>, so
/// replicas share the work), send over one SMTP connection with no transaction open
/// (<see cref="SmtpMailer"/>), record each answer. A sent message is recorded as sent and never
/// claimed again; a refused or unanswered one is due again after a back-off doubling from
/// <see cref="NotificationsOptions.RetryMinDelay"/>, and failed after
/// <see cref="NotificationsOptions.MaxAttempts"/> (at once for a 5xx refusal). A process that dies
/// mid-send leaves its leases to run out, and the messages are sent again (at least once, with the
/// same Message-Id). This process's new messages wake it when committed (<see cref="CommitSignal{TEntity}"/>);
/// it polls for the rest: retries coming due, other replicas' messages, dead leases.
/// </summary>
public sealed partial class MessageSender(
    IServiceScopeFactory scopeFactory,
    SmtpMailer mailer,
    CommitSignal<Message> signal,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<MessageSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int sent;
                try
                {
                    sent = await SendDueAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(logger, exception);
                    sent = 0;
                }

                if (sent < options.Value.BatchSize)
                {
                    await signal.WaitAsync(options.Value.PollingInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: claimed messages not recorded are due again when their lease ends.
        }
    }

    /// <summary>Claims, sends and records one batch; returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.GetUtcNow();
        var claimed = await MessageClaims.ClaimAsync(db, now, now + options.Value.Lease, options.Value.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var answers = await mailer.SendAsync(claimed, cancellationToken);
        for (var i = 0; i < claimed.Count; i++)
        {
            await RecordAsync(db, claimed[i], answers[i]);
        }

        return claimed.Count;
    }

    /// <summary>Records the answer, unless the lease ran out and another sender took the message meanwhile.</summary>
    private async Task RecordAsync(NotificationsDbContext db, Message claimed, SmtpAnswer answer)
    {
        db.ChangeTracker.Clear();
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == claimed.Id, CancellationToken.None);
        if (message is null || message.Status != MessageStatus.Pending || message.NextAttemptAt != claimed.NextAttemptAt)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var retryAt = answer.Accepted || answer.Permanent || attempts >= options.Value.MaxAttempts ? (DateTimeOffset?)null : now + options.Value.DelayAfter(attempts);
        message.Attempted(answer, now, retryAt);
        // Recorded even while stopping: a sent message must not be sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        if (!answer.Accepted)
        {
            LogNotSent(logger, message.Id, message.Attempts, answer.Text);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending e-mails failed; trying again shortly")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} not sent (attempt {Attempts}): {Answer}")]
    private static partial void LogNotSent(ILogger logger, Guid messageId, int attempts, string answer);
}
