using System.Diagnostics;

namespace PlanetTechCare.AppHost.Processes;

/// <summary>Runs a short command to completion, its output going to a resource's log.</summary>
public static class CommandRunner
{
    public static async Task RunAsync(ProcessStartInfo startInfo, ResourceLog log, CancellationToken cancellationToken)
    {
        await using var command = ChildProcess.Start(startInfo, log);
        await command.Exited.WaitAsync(cancellationToken);
        if (command.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{startInfo.FileName} {string.Join(' ', startInfo.ArgumentList)}' exited with code {command.ExitCode}. Last log lines:{Environment.NewLine}{log.LastLinesText()}");
        }
    }

    public static ProcessStartInfo Command(string fileName, params IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    /// <summary>
    /// The command run as <paramref name="user"/> when we are root (setpriv execs, so the process id is the
    /// command's own), or as ourselves otherwise.
    /// </summary>
    public static ProcessStartInfo CommandAs(string user, string fileName, params IEnumerable<string> arguments) =>
        NativeMethods.IsRoot
            ? Command("setpriv", [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", fileName, .. arguments])
            : Command(fileName, arguments);
}
