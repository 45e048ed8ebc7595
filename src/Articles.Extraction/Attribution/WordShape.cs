namespace Articles.Extraction.Attribution;

/// <summary>Letter-case and script tests on one word, as loops over its characters (no enumerator or closure per call).</summary>
internal static class WordShape
{
    /// <summary>True when no letter of the word is lower-case (non-letters are ignored).</summary>
    public static bool NoLowerLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    public static int LetterCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Any character of the Cyrillic block (U+0400–U+04FF).</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> word) => word.ContainsAnyInRange('\u0400', '\u04FF');

    /// <summary>Any ASCII Latin letter.</summary>
    public static bool HasLatin(ReadOnlySpan<char> word) => word.ContainsAnyInRange('A', 'Z') || word.ContainsAnyInRange('a', 'z');

    public static bool EndsWithAny(string word, ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
