namespace Articles.Extraction.Body;

/// <summary>Splits one class or id token into lower-case words: "article-meta" → article, meta; "shareBar" → share, bar.</summary>
internal static class ClassWords
{
    public static string[] Split(string token)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var c = i < token.Length ? token[i] : '-';
            var isWordChar = char.IsLetterOrDigit(c);
            var camelBreak = isWordChar && start >= 0 && char.IsUpper(c) && char.IsLower(token[i - 1]);
            if (start >= 0 && (!isWordChar || camelBreak))
            {
                words.Add(token[start..i].ToLowerInvariant());
                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }

        return words.ToArray();
    }
}
