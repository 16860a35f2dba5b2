namespace ItaWorkflow.Reports;

/// <summary>A district's weighted ITA total (IIT 30 %, EIT 30 %, OIT 40 %) and its band.</summary>
/// <param name="Tools">The per-tool scores it was computed from.</param>
/// <param name="Total">Weighted total, rounded to two decimals.</param>
/// <param name="Band">The band of the total.</param>
public sealed record ItaScore(ItaToolScores Tools, decimal Total, ItaBand Band)
{
    public const decimal IitWeight = 0.30m;
    public const decimal EitWeight = 0.30m;
    public const decimal OitWeight = 0.40m;

    /// <summary>Weights the tool scores and finds the band.</summary>
    public static ItaScore Of(ItaToolScores tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        foreach (var score in new[] { tools.Iit, tools.Eit, tools.Oit })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(score);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100m);
        }

        var total = Math.Round((tools.Iit * IitWeight) + (tools.Eit * EitWeight) + (tools.Oit * OitWeight), 2, MidpointRounding.AwayFromZero);
        return new ItaScore(tools, total, ItaBand.FromScore(total));
    }
}
