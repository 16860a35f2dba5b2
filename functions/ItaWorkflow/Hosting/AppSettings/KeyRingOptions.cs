namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>How the ASP.NET Core Data Protection key ring is kept (section <c>DataProtection</c>).</summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>
    /// Base64 of 32 random bytes that encrypts the key ring at rest (AES-GCM). In Azure a Key Vault reference to the
    /// secret <c>DataProtection-KeyEncryptionKey</c>; empty keeps the keys unencrypted in their private container.
    /// </summary>
    public string KeyEncryptionKey { get; set; } = "";

    /// <summary>The key-encryption key as bytes, or null when none is set or it is not Base64 of 32 bytes.</summary>
    public byte[]? KeyEncryptionKeyBytes()
    {
        var bytes = new byte[KeyRingEncryptor.KeyBytes];
        return Convert.TryFromBase64String(KeyEncryptionKey, bytes, out var written) && written == KeyRingEncryptor.KeyBytes ? bytes : null;
    }
}
