using System.Runtime.InteropServices;

namespace PlanetTechCare.AppHost.Processes;

internal static partial class NativeMethods
{
    public const int SignalInterrupt = 2;
    public const int SignalKill = 9;
    public const int SignalTerminate = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int processId, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    public static bool IsRoot => GetEffectiveUserId() == 0;

    /// <summary>Sends a signal; returns false when the process no longer exists.</summary>
    public static bool TrySignal(int processId, int signal) => Kill(processId, signal) == 0;
}
