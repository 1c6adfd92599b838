using Microsoft.AspNetCore.Components;
using MudBlazor;
using PlanetTechCare.Dashboard.Api;
using PlanetTechCare.Dashboard.Localization;

namespace PlanetTechCare.Dashboard.Components.Shared;

/// <summary>
/// A dashboard page: API calls through the gateway, a progress bar while one runs, and any
/// failure shown once, in the page's banner, as the readable problem the API answered in the
/// interface's language (never a stack trace).
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [Inject]
    protected GatewayClient Api { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    protected bool Busy { get; private set; }

    protected string? Problem { get; private set; }

    /// <summary>Runs <paramref name="action"/>; true when it succeeded (and <paramref name="done"/> is shown).</summary>
    protected async Task<bool> RunAsync(Func<Task> action, string? done = null)
    {
        Busy = true;
        Problem = null;
        StateHasChanged();
        try
        {
            await action();
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }

            return true;
        }
        catch (ApiProblemException problem)
        {
            Problem = problem.Readable;
            return false;
        }
        catch (Exception error) when (error is HttpRequestException or InvalidOperationException or TaskCanceledException or System.Text.Json.JsonException)
        {
            Problem = error switch
            {
                InvalidOperationException => error.Message,
                System.Text.Json.JsonException => ProblemText.Headline(StatusCodes.Status502BadGateway),
                _ => ProblemText.Headline(0),
            };
            return false;
        }
        finally
        {
            Busy = false;
            StateHasChanged();
        }
    }

    protected static string Query(params (string Name, object? Value)[] parameters) =>
        string.Join('&', parameters.Where(p => p.Value is not null && p.Value.ToString() is { Length: > 0 })
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}"));
}
