using System.Diagnostics;

namespace ItaWorkflow.Bench;

/// <summary>Measures processor time of Azurite and of this process between laps.</summary>
public sealed class CpuMeter(int azuriteProcessId)
{
    private TimeSpan azuriteAtLap = AzuriteTime(azuriteProcessId);
    private TimeSpan processAtLap = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Starts a new lap without reporting the one before (e.g. set-up work).</summary>
    public void Restart() => (azuriteAtLap, processAtLap) = (AzuriteTime(azuriteProcessId), Process.GetCurrentProcess().TotalProcessorTime);

    /// <summary>Processor time per unit since the previous lap.</summary>
    public CpuPerUnit Lap(int units)
    {
        var azurite = AzuriteTime(azuriteProcessId);
        var process = Process.GetCurrentProcess().TotalProcessorTime;
        var perUnit = new CpuPerUnit((azurite - azuriteAtLap).TotalMilliseconds / units, (process - processAtLap).TotalMilliseconds / units);
        (azuriteAtLap, processAtLap) = (azurite, process);
        return perUnit;
    }

    private static TimeSpan AzuriteTime(int processId)
    {
        using var azurite = Process.GetProcessById(processId);
        return azurite.TotalProcessorTime;
    }
}
