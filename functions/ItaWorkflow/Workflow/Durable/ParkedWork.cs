namespace ItaWorkflow.Workflow.Durable;

/// <summary>An activity that still failed after its retries, kept in the generation (and as a dead letter) for a retry.</summary>
/// <param name="Id">Deterministic id within the instance, e.g. <c>d000004-01</c> (step 4, command 1).</param>
/// <param name="Activity">The activity to call again.</param>
/// <param name="InputJson">Its input (<see cref="Engine.EngineJson.Options"/>).</param>
/// <param name="Error">The last error.</param>
/// <param name="Rounds">How many times the activity ran out of retries.</param>
public sealed record ParkedWork(string Id, string Activity, string InputJson, string Error, int Rounds);
