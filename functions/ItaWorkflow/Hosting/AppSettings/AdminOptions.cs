namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Admin access (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Shared key for the admin pages when running locally; empty makes the app generate one and
    /// print it at start. In Azure, App Service Authentication (Entra ID) is used instead.
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>App role an Entra principal must hold to use the admin pages.</summary>
    public string Role { get; set; } = "ITA.Admin";
}
