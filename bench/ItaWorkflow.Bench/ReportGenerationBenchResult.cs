namespace ItaWorkflow.Bench;

/// <summary>Figures from one run of <see cref="ReportGenerationBench"/>.</summary>
/// <param name="Measures">Measures in the generated plan.</param>
/// <param name="ProgressRecords">Progress records fed to the compiler.</param>
/// <param name="ColdTotal">First compile + DOCX + XLSX in the process (includes JIT and first-use costs).</param>
/// <param name="WarmCompile">Compile time, median of the warm runs.</param>
/// <param name="WarmDocx">DOCX writing time, median of the warm runs.</param>
/// <param name="WarmXlsx">XLSX writing time, median of the warm runs.</param>
/// <param name="AllocatedBytesPerRun">Managed bytes allocated by one warm compile + DOCX + XLSX.</param>
/// <param name="DocxBytes">Size of the DOCX.</param>
/// <param name="XlsxBytes">Size of the XLSX.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the whole process after the runs.</param>
public sealed record ReportGenerationBenchResult(
    int Measures,
    int ProgressRecords,
    TimeSpan ColdTotal,
    TimeSpan WarmCompile,
    TimeSpan WarmDocx,
    TimeSpan WarmXlsx,
    long AllocatedBytesPerRun,
    long DocxBytes,
    long XlsxBytes,
    long PeakWorkingSetBytes);
