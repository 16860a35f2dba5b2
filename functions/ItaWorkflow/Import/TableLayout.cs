namespace ItaWorkflow.Import;

/// <summary>The columns of a recognised plan table: which column index holds which role.</summary>
internal sealed record TableLayout(IReadOnlyDictionary<ColumnRole, int> Columns, IReadOnlyList<string> Headers)
{
    public bool Has(ColumnRole role) => Columns.ContainsKey(role);

    public string HeaderOf(ColumnRole role) => Columns.TryGetValue(role, out var index) ? Headers[index] : role.ToString();

    public bool SameColumnsAs(TableLayout other) =>
        Columns.Count == other.Columns.Count && Columns.All(c => other.Columns.TryGetValue(c.Key, out var i) && i == c.Value);
}
