namespace ItaWorkflow.Links;

/// <summary>What the user typed into the progress form, kept when the form is shown again with errors.</summary>
public sealed record ProgressForm(string Status, string Percent, string Result, string Problems, string Urls)
{
    public static ProgressForm Empty { get; } = new("", "", "", "", "");
}
