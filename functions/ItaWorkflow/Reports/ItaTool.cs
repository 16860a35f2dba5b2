namespace ItaWorkflow.Reports;

/// <summary>The ITA assessment tool an indicator belongs to; the order is the order reports print them in.</summary>
public enum ItaTool
{
    /// <summary>Internal stakeholders (indicators 1–5).</summary>
    Iit = 1,

    /// <summary>External stakeholders (indicators 6–8).</summary>
    Eit = 2,

    /// <summary>Open data (indicators 9–10).</summary>
    Oit = 3,

    /// <summary>An indicator number outside 1–10; printed last so such a measure is never lost.</summary>
    Unclassified = 4,
}
