using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Workflow.Measures;

/// <summary>An admin moved the measure from one responsible division to another.</summary>
public sealed record DivisionReassigned(string From, string To, string Reason) : WorkflowEvent;
