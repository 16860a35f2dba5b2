using System.Globalization;

namespace ItaWorkflow.Admin;

/// <summary>Server-rendered SVG charts (no script, no CDN); labels are encoded like all other text.</summary>
public static class SvgCharts
{
    private static readonly string[] Palette = ["#0b4f8a", "#1b6e2a", "#f0a500", "#a4161a", "#6a4c93", "#4a4a4a"];

    /// <summary>Horizontal bars, one per (label, value).</summary>
    public static HtmlBuilder Bars(string title, IReadOnlyList<(string Label, double Value)> bars, double max, string unit)
    {
        const int labelWidth = 230, barWidth = 300, rowHeight = 22;
        var height = Math.Max(1, bars.Count) * rowHeight + 10;
        var h = Open(title, labelWidth + barWidth + 70, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 5 + i * rowHeight;
            var width = max <= 0 ? 0 : barWidth * Math.Clamp(value / max, 0, 1);
            h.El("text", label, ("x", N(labelWidth - 6)), ("y", N(y + 15)), ("text-anchor", "end"))
                .Open("rect", ("x", N(labelWidth)), ("y", N(y + 3)), ("width", N(width)), ("height", N(rowHeight - 6)), ("fill", Palette[0]))
                .El("title", $"{label}: {N(value)}{unit}")
                .Close("rect")
                .El("text", N(value) + unit, ("x", N(labelWidth + width + 4)), ("y", N(y + 15)));
        }

        return h.Close("svg");
    }

    /// <summary>Horizontal stacked bars: per row, one segment per series (e.g. status counts per indicator).</summary>
    public static HtmlBuilder Stacked(string title, IReadOnlyList<string> series, IReadOnlyList<(string Label, int[] Values)> rows)
    {
        const int labelWidth = 230, barWidth = 320, rowHeight = 22;
        var total = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Values.Sum()));
        var height = (rows.Count + 1) * rowHeight + 10;
        var h = Open(title, labelWidth + barWidth + 60, height);
        for (var s = 0; s < series.Count; s++)
        {
            var x = s * 110;
            h.Void("rect", ("x", N(x)), ("y", "4"), ("width", "12"), ("height", "12"), ("fill", Palette[s % Palette.Length]))
                .El("text", series[s], ("x", N(x + 16)), ("y", "15"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, values) = rows[i];
            var y = 5 + (i + 1) * rowHeight;
            double x = labelWidth;
            h.El("text", label, ("x", N(labelWidth - 6)), ("y", N(y + 15)), ("text-anchor", "end"));
            for (var s = 0; s < values.Length; s++)
            {
                var width = barWidth * values[s] / (double)total;
                h.Open("rect", ("x", N(x)), ("y", N(y + 3)), ("width", N(width)), ("height", N(rowHeight - 6)), ("fill", Palette[s % Palette.Length]))
                    .El("title", $"{label} — {series[s]}: {values[s]}")
                    .Close("rect");
                x += width;
            }

            h.El("text", values.Sum().ToString(CultureInfo.InvariantCulture), ("x", N(x + 4)), ("y", N(y + 15)));
        }

        return h.Close("svg");
    }

    /// <summary>A radar of 0–100 scores, one axis per label (the ten ITA indicators).</summary>
    public static HtmlBuilder Radar(string title, IReadOnlyList<(string Label, double Score)> axes)
    {
        const double cx = 260, cy = 210, radius = 150;
        var h = Open(title, 520, 420);
        foreach (var ring in new[] { 25, 50, 75, 100 })
        {
            h.Void("polygon", ("points", Polygon(axes.Count, _ => ring, cx, cy, radius)), ("fill", "none"), ("stroke", "#c8c8c8"));
        }

        for (var i = 0; i < axes.Count; i++)
        {
            var (x, y) = Point(i, axes.Count, 100, cx, cy, radius);
            var (lx, ly) = Point(i, axes.Count, 118, cx, cy, radius);
            h.Void("line", ("x1", N(cx)), ("y1", N(cy)), ("x2", N(x)), ("y2", N(y)), ("stroke", "#c8c8c8"))
                .El("text", $"{axes[i].Label} ({N(axes[i].Score)})", ("x", N(lx)), ("y", N(ly)), ("text-anchor", lx < cx - 5 ? "end" : lx > cx + 5 ? "start" : "middle"));
        }

        h.Open("polygon", ("points", Polygon(axes.Count, i => axes[i].Score, cx, cy, radius)), ("fill", "#0b4f8a55"), ("stroke", "#0b4f8a"), ("stroke-width", "2"))
            .El("title", string.Join(", ", axes.Select(a => $"{a.Label}: {N(a.Score)}")))
            .Close("polygon");
        return h.Close("svg");
    }

    private static HtmlBuilder Open(string title, int width, int height) =>
        new HtmlBuilder()
            .Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("width", N(width)), ("height", N(height)), ("viewBox", $"0 0 {width} {height}"), ("role", "img"), ("aria-label", title))
            .El("title", title);

    private static string Polygon(int count, Func<int, double> score, double cx, double cy, double radius) =>
        string.Join(" ", Enumerable.Range(0, count).Select(i =>
        {
            var (x, y) = Point(i, count, Math.Clamp(score(i), 0, 100), cx, cy, radius);
            return $"{N(x)},{N(y)}";
        }));

    private static (double X, double Y) Point(int i, int count, double score, double cx, double cy, double radius)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / Math.Max(1, count);
        var r = radius * score / 100;
        return (cx + r * Math.Cos(angle), cy + r * Math.Sin(angle));
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
