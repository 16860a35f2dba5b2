using System.Text.Json.Serialization;

namespace ItaWorkflow.Hosting;

/// <summary>
/// What a custom handler returns to the Azure Functions host: values for output bindings by name,
/// lines for the host's invocation log, and the <c>$return</c> binding value.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    /// <summary>A response with no outputs and no return value, carrying only log lines.</summary>
    public static InvocationResponse WithLogs(params IReadOnlyList<string> logs) =>
        new(new Dictionary<string, object?>(), logs, null);
}
