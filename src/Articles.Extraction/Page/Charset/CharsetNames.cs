using System.Text;

namespace Articles.Extraction.Page.Charset;

/// <summary>Turns a declared charset label into an <see cref="Encoding"/>; unknown labels give null, never throw.</summary>
internal static class CharsetNames
{
    // Labels browsers treat as another encoding (WHATWG Encoding Standard), plus common misspellings.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["latin-1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["cp1251"] = "windows-1251",
        ["win-1251"] = "windows-1251",
        ["win1251"] = "windows-1251",
        ["windows1251"] = "windows-1251",
        ["x-cp1251"] = "windows-1251",
        ["cp1252"] = "windows-1252",
        ["windows1252"] = "windows-1252",
        ["koi8r"] = "koi8-r",
        ["koi8u"] = "koi8-u",
        ["koi8"] = "koi8-r",
    };

    static CharsetNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding a label names, or null when the label is empty or unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 40)
        {
            return null;
        }

        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // Labels .NET knows but refuses to decode (UTF-7 is disabled); browsers don't honour UTF-7 either.
            return null;
        }
    }

    /// <summary>The encoding for a name this library itself chose (always known).</summary>
    public static Encoding Known(string name) => Resolve(name) ?? Encoding.UTF8;

    /// <summary>A declared encoding as the decoder should use it: a page can't really be UTF-16 if a
    /// byte-level ASCII declaration was readable, so UTF-16 labels mean UTF-8 (as browsers do).</summary>
    public static Encoding? ResolveDeclared(string? label)
    {
        var encoding = Resolve(label);
        return encoding is { CodePage: 1200 or 1201 or 12000 or 12001 } ? Encoding.UTF8 : encoding;
    }
}
