namespace ItaWorkflow.Domain.Ita;

/// <summary>A district's weighted ITA total (IIT 30 %, EIT 30 %, OIT 40 %) and its band.</summary>
/// <param name="Tools">The per-tool scores it was computed from.</param>
/// <param name="Total">Weighted total, rounded to two decimals.</param>
/// <param name="Band">The band of the total.</param>
public sealed record ItaScore(ItaToolScores Tools, decimal Total, ItaBand Band)
{
    /// <summary>Weights the tool scores with <see cref="ItaModel.WeightedTotal"/> and finds the band.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a tool score is outside 0–100.</exception>
    public static ItaScore Of(ItaToolScores tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        foreach (var score in new[] { tools.Iit, tools.Eit, tools.Oit })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(score);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100m);
        }

        var total = ItaModel.WeightedTotal(tools.Iit, tools.Eit, tools.Oit);
        return new ItaScore(tools, total, ItaModel.BandOf(total));
    }
}
