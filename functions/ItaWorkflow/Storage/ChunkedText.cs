using Azure.Data.Tables;

namespace ItaWorkflow.Storage;

/// <summary>
/// Stores long text across several string properties (<c>Name</c>, <c>Name_1</c>, …) because a Table
/// Storage string property holds at most 64 KiB.
/// </summary>
public static class ChunkedText
{
    private const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string name, string value)
    {
        entity[name] = value.Length <= ChunkChars ? value : value[..ChunkChars];
        var chunk = 1;
        for (var offset = ChunkChars; offset < value.Length; offset += ChunkChars, chunk++)
        {
            entity[$"{name}_{chunk}"] = value.Substring(offset, Math.Min(ChunkChars, value.Length - offset));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name) ?? "";
        if (first.Length < ChunkChars)
        {
            return first;
        }

        var builder = new System.Text.StringBuilder(first);
        for (var chunk = 1; entity.GetString($"{name}_{chunk}") is { } next; chunk++)
        {
            builder.Append(next);
        }

        return builder.ToString();
    }
}
