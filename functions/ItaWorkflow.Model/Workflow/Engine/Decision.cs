namespace ItaWorkflow.Workflow.Engine;

/// <summary>Factories for <see cref="Decision{TState}"/>.</summary>
public static class Decision
{
    public static Decision<TState> Apply<TState>(
        TState state,
        IEnumerable<WorkflowEvent>? emitted = null,
        IEnumerable<WorkflowCommand>? commands = null)
        where TState : class =>
        new(DecisionKind.Applied, state, null, RefusalKind.None, [.. emitted ?? []], [.. commands ?? []]);

    public static Decision<TState> Refuse<TState>(string reason, RefusalKind kind = RefusalKind.NotAllowed)
        where TState : class =>
        new(DecisionKind.Refused, null, reason, kind, [], []);

    public static Decision<TState> Defer<TState>(string reason)
        where TState : class =>
        new(DecisionKind.Deferred, null, reason, RefusalKind.None, [], []);
}
