using System.Security.Claims;

namespace ItaWorkflow.Admin;

/// <summary>The signed-in admin as the pages need it: who, which role, and which district they are bound to.</summary>
/// <param name="Name">Display name recorded as the actor of admin actions.</param>
/// <param name="Role">One of the <see cref="AdminRoles"/> role values.</param>
/// <param name="District">The district of a district admin; null for central admins and readers.</param>
public sealed record AdminUser(string Name, string Role, string? District)
{
    public bool CanAct => Role is AdminRoles.CentralAdmin or AdminRoles.DistrictAdmin;

    public bool IsCentral => Role == AdminRoles.CentralAdmin;

    /// <summary>The actor string written into instance history.</summary>
    public string Actor => $"admin:{Name}";

    /// <summary>Whether this admin may see instances of <paramref name="district"/>.</summary>
    public bool CanSee(string district) => District is null || string.Equals(District, district, StringComparison.Ordinal);

    /// <summary>The district a query must be restricted to: the admin's own, or the requested one.</summary>
    public string? ScopeDistrict(string? requested) => District ?? (string.IsNullOrWhiteSpace(requested) ? null : requested.Trim());

    public static AdminUser From(ClaimsPrincipal principal)
    {
        var role = principal.IsInRole(AdminRoles.CentralAdmin) ? AdminRoles.CentralAdmin
            : principal.IsInRole(AdminRoles.DistrictAdmin) ? AdminRoles.DistrictAdmin
            : AdminRoles.Reader;
        var district = role == AdminRoles.DistrictAdmin ? principal.FindFirstValue(AdminRoles.DistrictClaim) ?? "" : null;
        return new AdminUser(principal.Identity?.Name ?? "admin", role, district);
    }
}
