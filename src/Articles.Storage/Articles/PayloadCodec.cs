using System.IO.Compression;
using System.Text;

namespace Articles.Storage.Articles;

/// <summary>
/// The metadata JSON, gzip-compressed and cut into binary properties of at most 60 000 bytes (the limit is 64 KiB).
/// The head row carries up to <see cref="HeadSlices"/> slices and each payload row up to <see cref="RowSlices"/>, so
/// no entity nears 1 MiB even where the size is measured on the wire (binary travels as base64, 4/3 larger; Azurite
/// counts that); an article of any size fits in as many payload rows as it needs.
/// </summary>
internal static class PayloadCodec
{
    public const int SliceBytes = 60_000;
    public const int HeadSlices = 8;
    public const int RowSlices = 11;

    public static byte[] Compress(string json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }

    public static string Decompress(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static List<byte[]> Slice(byte[] payload)
    {
        var slices = new List<byte[]>();
        for (var offset = 0; offset < payload.Length; offset += SliceBytes)
        {
            slices.Add(payload[offset..Math.Min(payload.Length, offset + SliceBytes)]);
        }

        return slices;
    }

    /// <summary>How many payload rows the slices beyond the head need.</summary>
    public static int ExtraRows(int sliceCount) =>
        sliceCount <= HeadSlices ? 0 : (sliceCount - HeadSlices + RowSlices - 1) / RowSlices;

    public static string PropertyName(int index) => $"P{index:D2}";
}
