namespace Articles.Extraction.Body;

/// <summary>
/// The words of one class or id token: "article-meta" → article, meta; "shareBar" → share, bar. Words are slices of
/// the token (no strings are made), compared case-insensitively through a set's span lookup.
/// </summary>
internal ref struct ClassWords
{
    private readonly ReadOnlySpan<char> token;
    private int position;
    private int start = -1;

    public ClassWords(ReadOnlySpan<char> token)
    {
        this.token = token;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>True when any word of <paramref name="token"/> is in <paramref name="words"/> (an OrdinalIgnoreCase set).</summary>
    public static bool Any(ReadOnlySpan<char> token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        foreach (var word in new ClassWords(token))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public readonly ClassWords GetEnumerator() => this;

    public bool MoveNext()
    {
        for (; position <= token.Length; position++)
        {
            var i = position;
            var c = i < token.Length ? token[i] : '-';
            var isWordChar = char.IsLetterOrDigit(c);
            var camelBreak = isWordChar && start >= 0 && char.IsUpper(c) && char.IsLower(token[i - 1]);
            if (start >= 0 && (!isWordChar || camelBreak))
            {
                Current = token[start..i];

                // A camel hump starts the next word at once.
                start = isWordChar ? i : -1;
                position = i + 1;
                return true;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }

        return false;
    }
}
