using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ItaWorkflow.Admin;

/// <summary>Limits admin-key guesses per client address on <c>POST /manage/signin</c>.</summary>
public static class AdminSignInThrottle
{
    public const string Policy = "ita.admin.signin";

    /// <summary>Attempts per client address per <see cref="Window"/>; a person mistyping needs a few, a guesser millions.</summary>
    public const int PermitLimit = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Registers the policy; the partition is the client address after forwarded headers are applied.</summary>
    public static IServiceCollection AddAdminSignInThrottle(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var time = context.RequestServices.GetRequiredService<TimeProvider>();
                return RateLimitPartition.Get(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new TimeWindowRateLimiter(PermitLimit, Window, time));
            });
            options.OnRejected = RejectAsync;
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = AdminLayout.ContentType;
        await context.Response.WriteAsync(
            AdminLayout.Message(
                context,
                "ลองเข้าสู่ระบบบ่อยเกินไป (Too many attempts)",
                $"ลองเข้าสู่ระบบหลายครั้งเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่ — too many sign-in attempts; try again in {seconds} seconds."),
            cancellationToken);
    }
}
