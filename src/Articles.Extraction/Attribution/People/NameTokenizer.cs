using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.People;

/// <summary>Splits a text span into words (with inner apostrophes and hyphens) and punctuation marks.</summary>
internal static class NameTokenizer
{
    // Compiled: every sentence of every body is tokenized (the interpreter was a top item in the profile).
    // Initials and dotted abbreviations first ("В.", "U.S.", "Sen."), then words, then single punctuation marks.
    private static readonly Regex TokenPattern = new(
        @"(?:\p{Lu}\.){2,}|\p{L}\.(?=\s*\p{Lu})|(?:Sens|Reps|Sen|Rep|Gov|Gen|Lt|Mr|Mrs|Ms|Dr|St|Sgt|Col|Capt|Adm)\.|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’ʼ\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<NameToken> Split(string text)
    {
        var tokens = new List<NameToken>();
        foreach (Match m in TokenPattern.Matches(text))
        {
            var isWord = char.IsLetterOrDigit(m.Value[0]);
            tokens.Add(new NameToken(m.Value, m.Index, isWord));
        }
        return tokens;
    }
}
