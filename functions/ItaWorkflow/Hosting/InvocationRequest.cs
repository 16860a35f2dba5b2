using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaWorkflow.Hosting;

/// <summary>
/// What the Azure Functions host posts to a custom handler for a non-HTTP trigger:
/// <c>Data</c> holds the trigger and input values by binding name, <c>Metadata</c> the trigger metadata
/// (for a queue message <c>DequeueCount</c>, <c>Id</c>, <c>InsertionTime</c>…, plus <c>sys</c>).
/// </summary>
public sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement>? Metadata)
{
    /// <summary>
    /// The trigger value under <paramref name="bindingName"/> as text: a JSON string is unwrapped,
    /// anything else (the host may hand over a JSON message already parsed) is returned as raw JSON.
    /// </summary>
    public string? TriggerText(string bindingName) =>
        Find(Data, bindingName) is { } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>The trigger value under <paramref name="bindingName"/>, parsed when the host sent it as a JSON string.</summary>
    public JsonElement? TriggerObject(string bindingName)
    {
        if (Find(Data, bindingName) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return value;
        }

        try
        {
            return JsonDocument.Parse(value.GetString() ?? "").RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A whole-number metadata value such as <c>DequeueCount</c>, whether sent as a number or a string.</summary>
    public long? MetadataNumber(string key) =>
        Find(Metadata, key) switch
        {
            { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var value) => value,
            { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };

    /// <summary>A metadata value as text (for example the queue message <c>Id</c>).</summary>
    public string? MetadataText(string key) =>
        Find(Metadata, key) is { } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    // The host's casing of binding and metadata names has varied between versions; match like it binds.
    private static JsonElement? Find(IReadOnlyDictionary<string, JsonElement>? values, string key)
    {
        if (values is null)
        {
            return null;
        }

        foreach (var (name, value) in values)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
