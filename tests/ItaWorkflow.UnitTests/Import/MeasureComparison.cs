using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>Compares measures by value (records compare lists by reference), ignoring where they were read from.</summary>
internal static class MeasureComparison
{
    public static string Canonical(IEnumerable<Measure> measures) =>
        JsonSerializer.Serialize(measures.Select(m => m with { SourceRef = "" }), PlanJson.Indented);
}
