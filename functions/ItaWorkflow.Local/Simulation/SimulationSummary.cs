namespace ItaWorkflow.Simulation;

/// <summary>What a simulation did; written as summary.json.</summary>
/// <param name="FiscalYear">Buddhist-Era fiscal year simulated.</param>
/// <param name="Seed">Seed of the simulated people's choices.</param>
/// <param name="Districts">District copies of the plan.</param>
/// <param name="MeasuresPerDistrict">Measures in the plan.</param>
/// <param name="SimulatedFrom">Simulated start (fiscal year start).</param>
/// <param name="SimulatedTo">Simulated end.</param>
/// <param name="Resumed">True when this run resumed an interrupted one.</param>
/// <param name="Transitions">Timeline entries of every plan and measure case.</param>
/// <param name="Emails">SendEmail executions (of every run of this simulation when the ledger is a file).</param>
/// <param name="DuplicateEmails">Executions beyond the first of a command id.</param>
/// <param name="StorageOperations">HTTP requests to storage made by this run (this process only).</param>
/// <param name="ClockSteps">Clock stops of this run.</param>
/// <param name="EmailsByTemplate">Executions per email template.</param>
/// <param name="ReportsPublished">Published round reports over all districts.</param>
/// <param name="FailedDeliveries">Work (emails, case starts, reports) parked after its retries, over every case at the end.</param>
/// <param name="WallSeconds">Wall time of this run.</param>
/// <param name="DistrictOutcomes">Per district outcome.</param>
public sealed record SimulationSummary(
    int FiscalYear,
    int Seed,
    int Districts,
    int MeasuresPerDistrict,
    DateTimeOffset SimulatedFrom,
    DateTimeOffset SimulatedTo,
    bool Resumed,
    int ClockSteps,
    long Transitions,
    int Emails,
    int DuplicateEmails,
    IReadOnlyDictionary<string, int> EmailsByTemplate,
    int ReportsPublished,
    long StorageOperations,
    int FailedDeliveries,
    double WallSeconds,
    IReadOnlyList<DistrictOutcome> DistrictOutcomes);
