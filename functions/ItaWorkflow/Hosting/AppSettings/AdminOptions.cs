namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>How admins sign in: the App Service principal in Azure, an admin key locally.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Trust the <c>X-MS-CLIENT-PRINCIPAL</c> header (only behind App Service Authentication, which strips copies a
    /// client sends and sets it from the signed-in Entra session). Off: the header is ignored and keys sign in.
    /// </summary>
    public bool TrustAppServicePrincipal { get; set; }

    /// <summary>
    /// Entra group object id → admin role, for tenants that grant access by group rather than app role:
    /// <c>central</c>, <c>reader</c> or <c>district:{district}</c> (see <see cref="Admin.AdminGroupRole"/>).
    /// </summary>
    public Dictionary<string, string> Groups { get; set; } = [];

    /// <summary>
    /// Entra app role that also counts as central admin (the deployment's <c>Admin:Role</c>, default <c>ITA.Admin</c>),
    /// besides the central-admin role.
    /// </summary>
    public string Role { get; set; } = "ITA.Admin";

    /// <summary>Key that signs in a central admin; empty disables key sign-in for central admins.</summary>
    public string Key { get; set; } = "";

    /// <summary>Keys that sign in a district admin of the district named by the dictionary key.</summary>
    public Dictionary<string, string> DistrictKeys { get; set; } = [];

    /// <summary>Whether <see cref="Key"/> was generated for this Development run (printed at start) rather than configured.</summary>
    public bool KeyWasGenerated { get; set; }

    /// <summary>Key that signs in a read-only admin (all districts); empty disables it.</summary>
    public string ReaderKey { get; set; } = "";
}
