namespace ItaWorkflow.Admin;

/// <summary>What the protected admin cookie carries: the admin and a fingerprint of the key that signed them in.</summary>
/// <param name="User">The signed-in admin.</param>
/// <param name="KeyFingerprint">
/// <see cref="AdminAuthenticationHandler.Fingerprint"/> of the key used; the session ends as soon as that key is no
/// longer configured for the admin's role.
/// </param>
public sealed record AdminSession(AdminUser User, string KeyFingerprint);
