using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// Runs one activity execution in a DI scope of its own, as the gRPC worker does, so scoped services never outlive
/// the execution.
/// </summary>
internal sealed class ScopedActivity(
    TaskName name, IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceScopeFactory scopes) : TaskActivity
{
    // DurableTask.Core only calls RunAsync; the synchronous entry point exists for old-style activities.
    public override string Run(TaskContext context, string input) =>
        throw new NotSupportedException("Activities run asynchronously.");

    public override async Task<string> RunAsync(TaskContext context, string input)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!factory.TryCreateActivity(name, scope.ServiceProvider, out var activity))
        {
            throw new InvalidOperationException($"Activity '{name.Name}' is not registered.");
        }

        return await shims.CreateActivity(name, activity).RunAsync(context, input);
    }
}
