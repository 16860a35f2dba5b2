using Microsoft.DurableTask.Client;

namespace ItaWorkflow.Functions;

/// <summary>
/// The Durable Task client the app's services use in the Functions app. The isolated worker hands clients out only as
/// trigger bindings (one per invocation, over the same connection to the host), so the first one an HTTP trigger
/// receives serves the singleton <see cref="DurableTaskClient"/> registered in <c>Program</c>.
/// </summary>
public static class FunctionsDurableClient
{
    private static DurableTaskClient? current;

    /// <summary>The client; only resolved while a trigger that offered one runs.</summary>
    /// <exception cref="InvalidOperationException">No trigger has offered a client yet.</exception>
    public static DurableTaskClient Current =>
        current ?? throw new InvalidOperationException("No Durable Task client yet: resolve it only inside a trigger with a [DurableClient] binding.");

    public static void Offer(DurableTaskClient client) => Interlocked.CompareExchange(ref current, client, null);
}
