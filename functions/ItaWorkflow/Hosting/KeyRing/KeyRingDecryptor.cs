using System.Security.Cryptography;
using System.Xml.Linq;
using ItaWorkflow.Hosting.AppSettings;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Reads keys written by <see cref="KeyRingEncryptor"/>. Data Protection creates it by type name from the stored key,
/// handing it the service provider, so it takes the key-encryption key from the settings.
/// </summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<IOptions<KeyRingOptions>>().Value.KeyEncryptionKeyBytes()
            ?? throw new CryptographicException(
                "The key ring is encrypted but DataProtection:KeyEncryptionKey is not set (ชุดกุญแจถูกเข้ารหัสแต่ไม่ได้ตั้งค่า DataProtection:KeyEncryptionKey).");
        return KeyRingEncryptor.Decrypt(key, encryptedElement);
    }
}
