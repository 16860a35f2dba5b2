using ItaWorkflow.Durable.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Durable.Hosting;

/// <summary>Registers the local Durable Task hub: a worker running in this process and a client on the same hub.</summary>
public static class LocalDurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds a hosted worker that runs the orchestrators and activities registered in <paramref name="tasks"/> on the
    /// Azure Storage backend described by <paramref name="options"/>, and a <see cref="DurableTaskClient"/> singleton
    /// on the same task hub. The hub's queues, tables and containers are created when the host starts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="options">Storage account, task hub name, partitions, polling and shutdown bounds.</param>
    /// <param name="tasks">Registers the orchestrators and activities, as on any Durable Task worker.</param>
    /// <exception cref="ArgumentException">The options have <see cref="LocalDurableTaskOptions.Problems"/>.</exception>
    public static IServiceCollection AddLocalDurableTask(
        this IServiceCollection services, LocalDurableTaskOptions options, Action<DurableTaskRegistry> tasks)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        return services.AddLocalDurableTask(_ => options, tasks);
    }

    /// <inheritdoc cref="AddLocalDurableTask(IServiceCollection, LocalDurableTaskOptions, Action{DurableTaskRegistry})"/>
    /// <param name="services">The host's services.</param>
    /// <param name="options">
    /// Reads the options when the hub is first needed, so they may come from settings a host adds after this call.
    /// </param>
    /// <param name="tasks">Registers the orchestrators and activities, as on any Durable Task worker.</param>
    public static IServiceCollection AddLocalDurableTask(
        this IServiceCollection services, Func<IServiceProvider, LocalDurableTaskOptions> options, Action<DurableTaskRegistry> tasks)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tasks);
        services.AddSingleton(provider => new LocalTaskHub(Validate(options(provider)), provider.GetRequiredService<ILoggerFactory>()));
        services.AddDurableTaskWorker(builder => builder.AddTasks(tasks).UseBuildTarget<LocalDurableTaskWorker>());
        services.AddDurableTaskClient(builder => builder.UseBuildTarget<LocalDurableTaskClient>());
        return services;
    }

    private static LocalDurableTaskOptions Validate(LocalDurableTaskOptions options) =>
        options.Problems() is { Count: > 0 } problems
            ? throw new ArgumentException($"Local Durable Task options are invalid: {string.Join(" ", problems)}", nameof(options))
            : options;
}
