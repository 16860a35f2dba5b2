using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>Hands DurableTask.Core the registered activities, each run in its own DI scope.</summary>
internal sealed class RegistryActivities(
    IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceScopeFactory scopes)
    : INameVersionObjectManager<TaskActivity>
{
    public void Add(ObjectCreator<TaskActivity> creator) =>
        throw new NotSupportedException("Activities are registered through the DurableTaskRegistry.");

    // Whether the name is registered is only known once the activity is created in its scope; an unknown name fails
    // that execution, and the orchestrator sees an ordinary activity failure.
    public TaskActivity? GetObject(string name, string? version) =>
        new ScopedActivity(new TaskName(name), factory, shims, scopes);
}
