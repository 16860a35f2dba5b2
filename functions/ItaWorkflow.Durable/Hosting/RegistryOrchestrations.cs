using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>
/// Hands DurableTask.Core a fresh shim around the registered <see cref="ITaskOrchestrator"/> for every episode, the
/// same shim the isolated Functions worker runs orchestrators through.
/// </summary>
internal sealed class RegistryOrchestrations(
    IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceProvider services)
    : INameVersionObjectManager<TaskOrchestration>
{
    public void Add(ObjectCreator<TaskOrchestration> creator) =>
        throw new NotSupportedException("Orchestrators are registered through the DurableTaskRegistry.");

    // The registry knows orchestrators by name only; a version travels with the instance and is the orchestrator's
    // own concern (context.Version).
    public TaskOrchestration? GetObject(string name, string? version) =>
        factory.TryCreateOrchestrator(new TaskName(name), services, out var orchestrator)
            ? shims.CreateOrchestration(new TaskName(name), orchestrator)
            : null;
}
