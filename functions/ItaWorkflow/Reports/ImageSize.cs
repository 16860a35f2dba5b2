using System.Buffers.Binary;

namespace ItaWorkflow.Reports;

/// <summary>Reads the pixel size and type of PNG and JPEG images from their headers.</summary>
internal static class ImageSize
{
    /// <summary>Width, height and whether it is a PNG (else JPEG); false for anything else or a damaged header.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out int width, out int height, out bool isPng)
    {
        width = height = 0;
        isPng = bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        if (isPng)
        {
            width = BinaryPrimitives.ReadInt32BigEndian(bytes[16..]);
            height = BinaryPrimitives.ReadInt32BigEndian(bytes[20..]);
            return width > 0 && height > 0;
        }

        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }

        var position = 2;
        while (position + 9 < bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return false;
            }

            var marker = bytes[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 5)..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 7)..]);
                return width > 0 && height > 0;
            }

            position += 2 + length;
        }

        return false;
    }
}
