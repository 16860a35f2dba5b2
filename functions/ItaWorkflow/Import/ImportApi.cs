using ItaWorkflow.Domain;
using ItaWorkflow.Hosting.Routes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItaWorkflow.Import;

/// <summary>
/// HTTP endpoints for importing a plan: <c>POST /api/plans/import</c> (multipart file) returns the draft and
/// findings and, unless <c>dryRun</c>, keeps it pending; <c>POST /api/plans/{district}/{fiscalYear}/confirm</c>
/// stores the reviewed plan (request body) or the pending import as the district's draft.
/// </summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.Map(AppRoutes.PlanImport, ImportAsync).DisableAntiforgery();
        app.Map(AppRoutes.PlanConfirm, ConfirmAsync);
        return app;
    }

    internal static async Task<Results<Ok<ImportDraftResponse>, UnprocessableEntity<ImportDraftResponse>, BadRequest<ImportError>>> ImportAsync(
        IFormFile? file, string? district, int? fiscalYear, bool? dryRun, IPlanStore store, CancellationToken cancellationToken)
    {
        if (file is null || string.IsNullOrWhiteSpace(district) || fiscalYear is not (>= 2500 and <= 2700))
        {
            return TypedResults.BadRequest(new ImportError(ImportErrorCode.EmptyFile,
                "ต้องส่งไฟล์ (file) พร้อม district และ fiscalYear (พ.ศ. เช่น 2567)",
                "Send a file (form field 'file') with district and fiscalYear (BE, e.g. 2567)."));
        }

        // The form file stream is seekable, so an oversized upload is refused by its length before it is read.
        await using var stream = file.OpenReadStream();
        var result = await PlanImporter.ImportAsync(stream, file.FileName, district, fiscalYear.Value, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.UnprocessableEntity(ImportDraftResponse.From(result, district, fiscalYear.Value, stored: false));
        }

        var keep = dryRun is not true;
        if (keep)
        {
            await store.SavePendingAsync(result.Draft!, cancellationToken);
        }

        return TypedResults.Ok(ImportDraftResponse.From(result, district, fiscalYear.Value, keep));
    }

    internal static async Task<Results<Ok<Plan>, NotFound<ImportError>, BadRequest<ImportError>>> ConfirmAsync(
        string district, int fiscalYear, Plan? plan, IPlanStore store, CancellationToken cancellationToken)
    {
        if (plan is not null && (plan.District != district || plan.FiscalYear != fiscalYear || plan.Measures.Count == 0
            || plan.Measures.Any(m => m.Indicator is < 1 or > 10)))
        {
            return TypedResults.BadRequest(new ImportError(ImportErrorCode.NoMeasures,
                "แผนที่ส่งมาไม่ตรงกับเขต/ปีงบประมาณ หรือไม่มีมาตรการที่ถูกต้อง",
                "The plan sent does not match the district/fiscal year or has no valid measures."));
        }

        var toStore = plan ?? await store.GetPendingAsync(district, fiscalYear, cancellationToken);
        if (toStore is null)
        {
            return TypedResults.NotFound(new ImportError(ImportErrorCode.NoMeasures,
                "ไม่มีแผนที่นำเข้ารอยืนยันสำหรับเขตและปีงบประมาณนี้", "There is no pending import for this district and fiscal year."));
        }

        await store.SaveDraftAsync(toStore, cancellationToken);
        return TypedResults.Ok(toStore);
    }
}
