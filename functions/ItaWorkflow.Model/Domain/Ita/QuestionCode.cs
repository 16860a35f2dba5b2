using System.Globalization;

namespace ItaWorkflow.Domain.Ita;

/// <summary>An ITA question code such as <c>I8</c>, <c>E3</c> or <c>O30</c>.</summary>
/// <param name="Tool">The tool the question belongs to.</param>
/// <param name="Number">Question number within the tool, starting at 1.</param>
public readonly record struct QuestionCode(ItaTool Tool, int Number)
{
    /// <summary>The indicator (1–10) this question belongs to.</summary>
    public int Indicator => ItaModel.IndicatorOf(this);

    /// <summary>True when the number is within the tool's question range.</summary>
    public bool IsValid => Number >= 1 && Number <= ItaModel.Tool(Tool).QuestionCount;

    /// <summary>Parses a canonical code (<c>I8</c>, <c>o30</c>); Thai digits are accepted.</summary>
    public static bool TryParse(string? text, out QuestionCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = ThaiDigits.ToArabic(text.Trim());
        ItaTool? tool = char.ToUpperInvariant(trimmed[0]) switch
        {
            'I' => ItaTool.Iit,
            'E' => ItaTool.Eit,
            'O' => ItaTool.Oit,
            _ => null,
        };
        if (tool is null
            || !int.TryParse(trimmed.AsSpan(1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        code = new QuestionCode(tool.Value, number);
        return code.IsValid;
    }

    public override string ToString() =>
        ItaModel.Tool(Tool).Prefix + Number.ToString(CultureInfo.InvariantCulture);
}
