using System.Globalization;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Simulation;

/// <summary>
/// The simulated people's choices, a pure function of (seed, instance id, period, submission count), so a
/// restarted simulation makes the same choices as an uninterrupted one.
/// </summary>
public static class SimulatedDecisions
{
    /// <summary>Percent of periods reported late (after the head escalation).</summary>
    public const int LatePercent = 15;

    /// <summary>Percent of periods never reported.</summary>
    public const int SilentPercent = 3;

    /// <summary>Percent of first submissions the director returns once.</summary>
    public const int ReturnPercent = 10;

    /// <summary>How the division answers a period.</summary>
    public static DivisionBehaviour Division(int seed, string instanceId, int period)
    {
        var roll = Roll(seed, instanceId, period, "division");
        return roll < SilentPercent ? DivisionBehaviour.Silent
            : roll < SilentPercent + LatePercent ? DivisionBehaviour.Late
            : DivisionBehaviour.OnTime;
    }

    /// <summary>True when the director returns this submission (only ever the first one of a period).</summary>
    public static bool DirectorReturns(int seed, string instanceId, int period, int submissions) =>
        submissions == 1 && Roll(seed, instanceId, period, "director") < ReturnPercent;

    private static int Roll(int seed, string instanceId, int period, string who) =>
        (int)((uint)StableHash.Of(string.Create(CultureInfo.InvariantCulture, $"{seed}|{instanceId}|{period}|{who}")) % 100);
}
