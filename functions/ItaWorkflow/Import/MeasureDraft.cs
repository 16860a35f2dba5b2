using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>A measure being assembled from one or more source rows (page-break continuations, merged cells).</summary>
internal sealed class MeasureDraft(SourceRow firstRow, TableLayout layout, int indicator)
{
    private readonly Dictionary<ColumnRole, string> texts = [];

    public SourceRow FirstRow { get; } = firstRow;

    public TableLayout Layout { get; } = layout;

    public int Indicator { get; } = indicator;

    public List<QuestionCode> Codes { get; } = [];

    public decimal? Score { get; set; }

    public string Text(ColumnRole role) => texts.GetValueOrDefault(role, "");

    public void Set(ColumnRole role, string text) => texts[role] = text;

    /// <summary>Appends text continued from the next page; a new list item starts a new line.</summary>
    public void Append(ColumnRole role, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var current = Text(role);
        var startsItem = text[0] is '-' or '•' || char.IsDigit(text[0]) && text.Skip(1).SkipWhile(ThaiDigits.IsAnyDigit).FirstOrDefault() == '.';
        texts[role] = current.Length == 0 ? text : current + (startsItem ? "\n" : " ") + text;
    }

    public void AddCodes(IEnumerable<QuestionCode> codes)
    {
        foreach (var code in codes)
        {
            if (!Codes.Contains(code))
            {
                Codes.Add(code);
            }
        }
    }
}
