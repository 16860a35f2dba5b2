using System.Net;
using System.Text;
using ItaWorkflow.Hosting.Routes;

namespace ItaWorkflow.Notifications;

/// <summary>Development-only pages listing the pickup folder's .eml files (<c>/dev/mail</c>) and opening one.</summary>
public static class DevMailViewer
{
    public static IEndpointRouteBuilder MapDevMailViewer(this IEndpointRouteBuilder endpoints)
    {
        var mail = endpoints.MapGroup("").AddEndpointFilter(LoopbackOnlyAsync);
        mail.Map(AppRoutes.DevMailList, (PickupFolderEmailSender pickup) =>
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>อีเมลในโฟลเดอร์ทดสอบ</title></head><body><h1>อีเมลในโฟลเดอร์ทดสอบ</h1><ul>");
            foreach (var file in pickup.List())
            {
                var name = WebUtility.HtmlEncode(file.Name);
                html.Append("<li><a href=\"/dev/mail/").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(file.Name))).Append("\">").Append(name).Append("</a></li>");
            }

            return TypedResults.Content(html.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
        });
        mail.Map(AppRoutes.DevMailFile, IResult (string name, PickupFolderEmailSender pickup) =>
            pickup.Find(name) is { } file
                ? TypedResults.PhysicalFile(file.FullName, "message/rfc822", file.Name)
                : TypedResults.NotFound());
        return endpoints;
    }

    /// <summary>The emails carry working signed links: only a browser on this machine may list them.</summary>
    private static ValueTask<object?> LoopbackOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.NotFound());
}
