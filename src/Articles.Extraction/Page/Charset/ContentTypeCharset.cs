namespace Articles.Extraction.Page.Charset;

/// <summary>Reads the charset parameter of a Content-Type value ("text/html; charset=windows-1251").</summary>
internal static class ContentTypeCharset
{
    public static string? Read(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + "charset".Length;
            while (i < contentType.Length && char.IsWhiteSpace(contentType[i]))
            {
                i++;
            }

            if (i < contentType.Length && contentType[i] == '=')
            {
                i++;
                while (i < contentType.Length && (char.IsWhiteSpace(contentType[i]) || contentType[i] is '"' or '\''))
                {
                    i++;
                }

                var start = i;
                while (i < contentType.Length && !char.IsWhiteSpace(contentType[i]) && contentType[i] is not (';' or '"' or '\'' or ','))
                {
                    i++;
                }

                return i > start ? contentType[start..i] : null;
            }

            at = contentType.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }
}
