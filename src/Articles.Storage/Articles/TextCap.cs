namespace Articles.Storage.Articles;

/// <summary>Cuts free text stored in plain string properties, which must stay under 64 KiB (32 K UTF-16 chars).</summary>
internal static class TextCap
{
    /// <summary>Enough for any real headline, URL, name or role; far below the property limit.</summary>
    public const int Default = 4_000;

    public static string? Cut(string? text, int max = Default)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }

        // Do not leave half a surrogate pair at the end.
        var length = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..length];
    }
}
