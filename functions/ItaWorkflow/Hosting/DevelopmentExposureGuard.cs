
namespace ItaWorkflow.Hosting;

/// <summary>
/// Development settings generate and print an admin key and list every email with its signed links at
/// <c>/dev/mail</c>: they are only safe on the developer's own machine. This refuses them in Azure and on any
/// non-loopback listening address.
/// </summary>
public static class DevelopmentExposureGuard
{
    /// <summary>What makes a Development run reachable from elsewhere; empty when it is safe.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        if (AzureHosting.RunsInAzure(configuration))
        {
            problems.Add("โหมด Development ใช้บน Azure ไม่ได้ — Development settings cannot run in Azure; set ASPNETCORE_ENVIRONMENT=Production.");
        }

        var urls = (configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""))
            .Where(url => url.Length > 0);
        foreach (var url in urls.Where(url => !IsLoopback(url)))
        {
            problems.Add($"โหมด Development ฟังได้เฉพาะ localhost (ค่าปัจจุบัน '{url}') — Development settings listen on loopback only (was '{url}').");
        }

        foreach (var ports in new[] { "http_ports", "https_ports" }.Where(key => !string.IsNullOrWhiteSpace(configuration[key])))
        {
            problems.Add($"โหมด Development ห้ามตั้ง {ports} ซึ่งฟังทุกอินเทอร์เฟซ — Development settings must not set {ports}, which listens on every interface.");
        }

        return problems;
    }

    /// <summary>Throws with every problem when <paramref name="environment"/> is Development and the run is exposed.</summary>
    /// <exception cref="InvalidOperationException">A Development run would be reachable from other machines.</exception>
    public static void ThrowIfExposed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment() && Problems(configuration) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }
    }

    private static bool IsLoopback(string url)
    {
        try
        {
            var host = BindingAddress.Parse(url).Host;
            return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
