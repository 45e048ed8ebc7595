using System.IO.Compression;
using System.Text;

namespace Articles.Functions.Tests.Hostile;

/// <summary>Hostile request bodies, generated on demand (the large ones are never committed).</summary>
internal static class HostileBodies
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A small, valid page with a unique token, so each case stores (or would store) a new article.</summary>
    public static string Page(string headline, string body = "", string head = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{headline}</title>{head}</head>" +
        $"<body><article><h1>{headline}</h1><p>Token {Guid.NewGuid():N} keeps this page unique.</p>{body}</article></body></html>";

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static byte[] Pdf() => [.. "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj <</Type /Catalog>> endobj\n"u8, 0x00, 0x01];

    /// <summary>64 MB of zeros compressed to a few tens of kilobytes: harmless unless someone inflates it.</summary>
    public static byte[] GzipBomb()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }

    /// <summary>A page of exactly <paramref name="size"/> bytes: valid HTML padded with a long comment-free paragraph.</summary>
    public static byte[] PageOfSize(long size)
    {
        var bytes = new byte[size];
        var start = Utf8("<html><body><h1>Big</h1><p>");
        var end = Utf8("</p></body></html>");
        Array.Fill(bytes, (byte)'x');
        start.CopyTo(bytes, 0);
        end.CopyTo(bytes, size - end.Length);
        return bytes;
    }

    public static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    public static string NestedJson(int depth) => Repeat("{\"a\":", depth) + "1" + new string('}', depth);
}
