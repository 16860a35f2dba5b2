namespace ItaWorkflow.Admin;

/// <summary>Role claim values, claim types, the scheme and the policies of the admin pages.</summary>
public static class AdminRoles
{
    public const string Scheme = "ItaAdmin";
    public const string CentralAdmin = "ita.central-admin";
    public const string DistrictAdmin = "ita.district-admin";
    public const string Reader = "ita.reader";
    public const string DistrictClaim = "ita.district";

    /// <summary>Policy: any admin role may look.</summary>
    public const string CanRead = "ita.admin.read";

    /// <summary>Policy: central or district admins may act.</summary>
    public const string CanAct = "ita.admin.act";

    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string Cookie = "ita_admin";
}
