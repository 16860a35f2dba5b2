namespace ItaWorkflow.Workflow.Engine;

/// <summary>FNV-1a over UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
public static class StableHash
{
    public static int Of(string value)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in value)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }
    }
}
