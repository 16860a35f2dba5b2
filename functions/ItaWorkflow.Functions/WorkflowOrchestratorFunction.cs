using ItaWorkflow.Workflow.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace ItaWorkflow.Functions;

/// <summary>
/// The orchestration trigger of <see cref="WorkflowOrchestrator"/>. The Functions worker does not build orchestrators
/// from DI, so one instance is created with its catalog and retry settings as the local host's registration does
/// (<see cref="DurableWorkflowServiceCollectionExtensions.AddWorkflowTasks"/>).
/// </summary>
public static class WorkflowOrchestratorFunction
{
    /// <summary>The versions the orchestrator decides with; the activities get the same catalog from DI.</summary>
    public static WorkflowCatalog Catalog => WorkflowCatalog.Default;

    private static readonly WorkflowOrchestrator Orchestrator = new(Catalog, new DurableWorkflowOptions());

    [Function(nameof(WorkflowOrchestrator))]
    public static Task<WorkflowGeneration> RunWorkflowOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        Orchestrator.RunAsync(context, context.GetInput<WorkflowGeneration>()!);
}
