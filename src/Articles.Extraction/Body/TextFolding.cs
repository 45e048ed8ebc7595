namespace Articles.Extraction.Body;

/// <summary>Whitespace folding shared by the body and author rules: runs of any whitespace become one space.</summary>
internal static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var buffer = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = buffer.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer.Append(' ');
                pendingSpace = false;
            }

            buffer.Append(c);
        }

        return buffer.ToString();
    }

    /// <summary>The length <see cref="Fold"/> would return, without building the string.</summary>
    public static int FoldedLength(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            length += pendingSpace ? 2 : 1;
            pendingSpace = false;
        }

        return length;
    }

    /// <summary>Whitespace including no-break and zero-width spaces, which pages use as layout glue.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\uFEFF' or '\u00A0';
}
