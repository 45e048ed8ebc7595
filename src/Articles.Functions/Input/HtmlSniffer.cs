using System.Text;
using Articles.Extraction.Page.Charset;

namespace Articles.Functions.Input;

/// <summary>
/// Decides whether bytes can be an HTML document at all: not a known binary format, no NUL or control bytes,
/// and at least one tag. Says why not, in words a client can act on.
/// </summary>
public static class HtmlSniffer
{
    private const int HeadLength = 8192;

    /// <summary>Share of C0 control bytes (other than tab, CR, LF, FF, ESC) above which text is taken for binary.</summary>
    private const double MaxControlShare = 0.02;

    private static readonly BinarySignature[] Signatures =
    [
        BinarySignature.Text("PDF document", "%PDF-"),
        BinarySignature.Text("PostScript document", "%!PS"),
        new("ZIP archive (or an Office/EPUB file)", [0x50, 0x4B, 0x03, 0x04]),
        new("Office 97-2003 document", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        new("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        BinarySignature.Text("GIF image", "GIF87a"),
        BinarySignature.Text("GIF image", "GIF89a"),
        new("JPEG image", [0xFF, 0xD8, 0xFF]),
        new("TIFF image", [0x49, 0x49, 0x2A, 0x00]),
        new("TIFF image", [0x4D, 0x4D, 0x00, 0x2A]),
        new("icon", [0x00, 0x00, 0x01, 0x00]),
        BinarySignature.Text("RIFF media file (WebP, WAV or AVI)", "RIFF"),
        BinarySignature.Text("MP4/QuickTime media file", "ftyp", 4),
        BinarySignature.Text("Ogg media file", "OggS"),
        BinarySignature.Text("MP3 audio file", "ID3"),
        BinarySignature.Text("FLAC audio file", "fLaC"),
        BinarySignature.Text("web font", "wOFF"),
        BinarySignature.Text("web font", "wOF2"),
        new("gzip archive", [0x1F, 0x8B]),
        new("7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        BinarySignature.Text("RAR archive", "Rar!"),
        new("xz archive", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        new("Zstandard archive", [0x28, 0xB5, 0x2F, 0xFD]),
        BinarySignature.Text("SQLite database", "SQLite format 3"),
        new("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        BinarySignature.Text("Windows executable", "MZ"),
        new("WebAssembly module", [0x00, 0x61, 0x73, 0x6D]),
    ];

    /// <summary>Null when the bytes may be HTML; otherwise why they are not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "The document is empty.";
        }

        var head = bytes[..Math.Min(bytes.Length, HeadLength)];
        foreach (var signature in Signatures)
        {
            if (signature.Matches(head))
            {
                return $"The content is a {signature.Kind}, not an HTML document.";
            }
        }

        if (Utf16Encoding(head) is { } wide)
        {
            var text = wide.GetString(bytes);
            return ControlShare(text.AsSpan(0, Math.Min(text.Length, HeadLength))) > MaxControlShare ? MostlyControl
                : HasTag(text) ? null
                : NoMarkup;
        }

        if (head.Contains((byte)0))
        {
            return "The content contains NUL bytes: it is binary data, not an HTML document.";
        }

        if (ControlShare(head) > MaxControlShare)
        {
            return MostlyControl;
        }

        return HasTag(bytes) ? null : NoMarkup;
    }

    private const string NoMarkup = "The content has no HTML markup (not a single tag): send the page's HTML, not its text.";

    private const string MostlyControl = "The content is mostly control bytes: it is binary data, not an HTML document.";

    // With a BOM, or laid out as UTF-16 without one (the extractor's decoder reads both the same way).
    private static Encoding? Utf16Encoding(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : Utf16Layout.Detect(head);

    private static double ControlShare(ReadOnlySpan<byte> head)
    {
        var count = 0;
        foreach (var b in head)
        {
            count += IsControl(b) ? 1 : 0;
        }

        return (double)count / head.Length;
    }

    private static double ControlShare(ReadOnlySpan<char> head)
    {
        var count = 0;
        foreach (var c in head)
        {
            count += IsControl(c) ? 1 : 0;
        }

        return head.IsEmpty ? 0 : (double)count / head.Length;
    }

    private static bool IsControl(int c) => c < 0x20 && c is not ('\t' or '\n' or '\r' or 0x0C or 0x1B);

    /// <summary>A '&lt;' followed by a letter, '!', '/' or '?': the start of a tag, comment, doctype or declaration.</summary>
    private static bool HasTag(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.IndexOf((byte)'<'); i >= 0 && i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '<' && IsTagStart((char)bytes[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTag(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i++)
        {
            if (text[i] == '<' && IsTagStart(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTagStart(char c) => char.IsAsciiLetter(c) || c is '!' or '/' or '?';
}
