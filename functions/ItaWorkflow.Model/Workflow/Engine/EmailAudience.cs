namespace ItaWorkflow.Workflow.Engine;

/// <summary>Who an email goes to, resolved against the district directory when it is sent.</summary>
public enum EmailAudience
{
    Division,
    DivisionHead,
    Director,
    Coordinator,
}
