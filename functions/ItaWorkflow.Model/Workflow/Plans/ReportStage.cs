namespace ItaWorkflow.Workflow.Plans;

/// <summary>Where a round's report is: being compiled, with the coordinator, with the director, or published.</summary>
public enum ReportStage
{
    NotOpen,
    Compiling,
    CoordinatorReview,
    DirectorApproval,
    Published,
}
