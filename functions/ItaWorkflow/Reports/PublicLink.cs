namespace ItaWorkflow.Reports;

/// <summary>
/// Decides which evidence addresses may be printed as links in a published report: only absolute http(s) addresses
/// a member of the public can open. Storage addresses (blob names, the storage emulator), the admin pages
/// (/manage/) and signed personal links (/l/) work only for staff or expire, so they would be dead links.
/// </summary>
public static class PublicLink
{
    private const string StorageHostSuffix = ".core.windows.net";

    // The admin pages may sit under a base path; signed links, the API and the storage emulator sit at the root.
    private const string AdminPath = "/manage/";

    private static readonly string[] PrivatePathPrefixes = ["/l/", "/api/", "/devstoreaccount1/"];

    /// <summary>True when <paramref name="url"/> is an absolute http(s) address that is neither storage, admin nor a signed link.</summary>
    public static bool IsPublic(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo)
            || uri.IsLoopback
            || uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.ToLowerInvariant();
        return !host.EndsWith(StorageHostSuffix, StringComparison.Ordinal)
            && !path.Contains(AdminPath, StringComparison.Ordinal)
            && !PrivatePathPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
    }
}
