namespace ItaWorkflow.Reports;

/// <summary>Who signs the report (the district director).</summary>
/// <param name="Name">Full name with title, e.g. นางสาวพิศมัย เรืองศิลป์.</param>
/// <param name="Position">Position line under the name, e.g. ผู้อำนวยการเขตบางเขน.</param>
public sealed record ReportSignatory(string Name, string Position);
