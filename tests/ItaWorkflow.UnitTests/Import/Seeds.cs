using ItaWorkflow.Import;
using ItaWorkflow.Tests.Deploy;

namespace ItaWorkflow.Tests.Import;

/// <summary>The real plan documents in samples/seeds, imported once per test run.</summary>
internal static class Seeds
{
    public const string NongKhaem = "nong-khaem-fy2567-analysis-and-plan.txt";
    public const string PathumWan = "pathum-wan-fy2566-analysis-and-measures.txt";
    public const string BangKhen = "bang-khen-fy2566-measures-plan.txt";

    private static readonly Dictionary<string, ImportResult> Cache = [];
    private static readonly Lock Gate = new();

    public static string Directory => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "samples", "seeds"));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static (string District, int FiscalYear) PlanOf(string name) => name switch
    {
        NongKhaem => ("หนองแขม", 2567),
        PathumWan => ("ปทุมวัน", 2566),
        _ => ("บางเขน", 2566),
    };

    public static ImportResult Import(string name)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out var result))
            {
                var (district, year) = PlanOf(name);
                result = PlanImporter.Import(Bytes(name), name, district, year);
                Cache[name] = result;
            }

            return result;
        }
    }
}
