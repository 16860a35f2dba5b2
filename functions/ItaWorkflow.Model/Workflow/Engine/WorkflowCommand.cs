using System.Text.Json.Serialization;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// A side effect decided by a transition. Commands are written as outbox rows in the same batch as the
/// state change and executed afterwards, at least once, so every handler must be idempotent.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(SendEmail), nameof(SendEmail))]
[JsonDerivedType(typeof(ScheduleTimer), nameof(ScheduleTimer))]
[JsonDerivedType(typeof(StartInstance), nameof(StartInstance))]
[JsonDerivedType(typeof(RaiseEvent), nameof(RaiseEvent))]
[JsonDerivedType(typeof(CompileReport), nameof(CompileReport))]
public abstract record WorkflowCommand;
