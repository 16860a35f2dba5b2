using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ImageSizeTests
{
    [Fact]
    public void Png_size_is_read_from_its_header()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0x90, 0, 0, 0, 0xC8];

        Assert.True(ImageSize.TryRead(png, out var width, out var height, out var isPng));
        Assert.Equal((400, 200, true), (width, height, isPng));
    }

    [Fact]
    public void Jpeg_size_is_read_from_its_frame_header_after_other_segments()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0xC8, 0x01, 0x90, 0x03, 0, 0, 0, 0];

        Assert.True(ImageSize.TryRead(jpeg, out var width, out var height, out var isPng));
        Assert.Equal((400, 200, false), (width, height, isPng));
    }

    [Fact]
    public void Other_bytes_are_not_taken_for_an_image()
    {
        Assert.False(ImageSize.TryRead("GIF89a not supported"u8, out _, out _, out _));
        Assert.False(ImageSize.TryRead([0xFF, 0xD8, 0x00], out _, out _, out _));
    }
}
