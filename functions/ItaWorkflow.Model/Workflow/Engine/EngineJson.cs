using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>The one JSON setting for state, history payloads and outbox rows.</summary>
public static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Thai text stays readable in storage instead of \uXXXX; escaping for HTML happens at rendering.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };
}
