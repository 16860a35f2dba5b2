namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// Base of every event recorded in an instance's history. Concrete events are sealed records;
/// their CLR type name is the event type stored in history, so renaming one is a breaking change.
/// </summary>
public abstract record WorkflowEvent;
