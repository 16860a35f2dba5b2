using System.Security.Cryptography;
using System.Xml.Linq;
using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.AppSettings;

namespace ItaWorkflow.Tests.Hosting;

public sealed class KeyRingTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, KeyRingEncryptor.KeyBytes).Select(i => (byte)i)];
    private static readonly XElement SecretKey = XElement.Parse("<key id=\"k\"><masterKey>c2VjcmV0LWtleS1tYXRlcmlhbA==</masterKey></key>");

    [Fact]
    public void An_encrypted_key_reads_back_only_with_the_same_key_encryption_key()
    {
        var encrypted = new KeyRingEncryptor(Key).Encrypt(SecretKey);

        Assert.Equal(typeof(KeyRingDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("masterKey", encrypted.EncryptedElement.ToString());
        Assert.Equal(SecretKey.ToString(), KeyRingEncryptor.Decrypt(Key, encrypted.EncryptedElement).ToString());
        Assert.ThrowsAny<CryptographicException>(() => KeyRingEncryptor.Decrypt([.. Key.Reverse()], encrypted.EncryptedElement));
    }

    [Fact]
    public void A_tampered_key_is_refused()
    {
        var encrypted = new KeyRingEncryptor(Key).Encrypt(SecretKey).EncryptedElement;
        var value = Convert.FromBase64String(encrypted.Element("value")!.Value);
        value[0] ^= 1;
        encrypted.Element("value")!.Value = Convert.ToBase64String(value);

        Assert.ThrowsAny<CryptographicException>(() => KeyRingEncryptor.Decrypt(Key, encrypted));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", true)]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEA==", false)]
    [InlineData("not base64 at all", false)]
    [InlineData("@Microsoft.KeyVault(VaultName=v;SecretName=DataProtection-KeyEncryptionKey)", false)]
    public void The_key_encryption_key_must_be_32_bytes_of_base64_or_empty(string value, bool valid)
    {
        var result = new KeyRingOptionsValidator().Validate(null, new KeyRingOptions { KeyEncryptionKey = value });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("DataProtection:KeyEncryptionKey", result.FailureMessage);
        }
    }

    [Theory]
    [InlineData("key-0b8a1f2e-7c1d-4a9e-9f0e-1b2c3d4e5f60", "key-0b8a1f2e-7c1d-4a9e-9f0e-1b2c3d4e5f60.xml")]
    [InlineData("../evidence/x", null)]
    public void A_key_blob_is_named_by_its_id_and_never_by_a_path(string friendlyName, string? expected)
    {
        var name = BlobKeyRepository.BlobName(friendlyName);

        Assert.EndsWith(".xml", name);
        Assert.DoesNotContain("/", name);
        if (expected is not null)
        {
            Assert.Equal(expected, name);
        }
    }
}
