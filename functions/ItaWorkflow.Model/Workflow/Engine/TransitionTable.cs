namespace ItaWorkflow.Workflow.Engine;

/// <summary>
/// The explicit (step, event) → handler table of a workflow definition. Any pair without an entry is
/// refused the same way, with a reason naming the event and the step.
/// </summary>
public sealed class TransitionTable<TState>(Func<TState, string> stepOf)
    where TState : class
{
    private readonly Dictionary<(string Step, Type Event), Func<TState, WorkflowEvent, TransitionContext, Decision<TState>>> handlers = [];

    /// <summary>The (step, event type) pairs that have a handler.</summary>
    public IEnumerable<(string Step, Type Event)> Entries => handlers.Keys;

    /// <summary>Handle <typeparamref name="TEvent"/> in each of <paramref name="steps"/>.</summary>
    public TransitionTable<TState> On<TEvent>(IEnumerable<string> steps, Func<TState, TEvent, TransitionContext, Decision<TState>> handler)
        where TEvent : WorkflowEvent
    {
        foreach (var step in steps)
        {
            handlers.Add((step, typeof(TEvent)), (state, e, context) => handler(state, (TEvent)e, context));
        }

        return this;
    }

    /// <summary>Handle <typeparamref name="TEvent"/> in <paramref name="step"/>.</summary>
    public TransitionTable<TState> On<TEvent>(string step, Func<TState, TEvent, TransitionContext, Decision<TState>> handler)
        where TEvent : WorkflowEvent => On([step], handler);

    public bool Allows(string step, Type eventType) => handlers.ContainsKey((step, eventType));

    public Decision<TState> Decide(TState state, WorkflowEvent workflowEvent, TransitionContext context)
    {
        var step = stepOf(state);
        return handlers.TryGetValue((step, workflowEvent.GetType()), out var handler)
            ? handler(state, workflowEvent, context)
            : Decision.Refuse<TState>($"{workflowEvent.GetType().Name} is not allowed in step {step}.");
    }
}
