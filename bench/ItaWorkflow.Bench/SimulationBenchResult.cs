namespace ItaWorkflow.Bench;

/// <summary>Figures from one run of <see cref="SimulationBench"/>.</summary>
/// <param name="Districts">District copies of the plan.</param>
/// <param name="MeasuresPerDistrict">Measures per district.</param>
/// <param name="Elapsed">Wall time of the whole simulated year.</param>
/// <param name="ClockSteps">Clock stops.</param>
/// <param name="Transitions">History rows of every instance.</param>
/// <param name="Emails">SendEmail executions.</param>
/// <param name="StorageOperations">HTTP requests to storage.</param>
/// <param name="StorageOperationsPerTransition">Storage operations divided by transitions (includes the simulated people's reads).</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process.</param>
/// <param name="AzuritePeakWorkingSetBytes">Peak resident memory of the Azurite processes (summed).</param>
/// <param name="ProcessorTime">Processor time of this process during the run.</param>
/// <param name="AzuriteProcessorTime">Processor time of the Azurite processes during the run.</param>
/// <param name="DuplicateEmails">SendEmail executions beyond the first of each outbox row (should be 0).</param>
/// <param name="FailedDeliveries">Work deliveries that failed and were left for another delivery.</param>
/// <param name="Calls">Storage calls by operation name.</param>
public sealed record SimulationBenchResult(
    int Districts,
    int MeasuresPerDistrict,
    TimeSpan Elapsed,
    int ClockSteps,
    long Transitions,
    int Emails,
    long StorageOperations,
    double StorageOperationsPerTransition,
    long PeakWorkingSetBytes,
    long AzuritePeakWorkingSetBytes,
    TimeSpan ProcessorTime,
    TimeSpan AzuriteProcessorTime,
    int DuplicateEmails,
    int FailedDeliveries,
    IReadOnlyList<StorageCallTotal> Calls);
