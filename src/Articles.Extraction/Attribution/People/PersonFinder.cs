using System.Text.RegularExpressions;

namespace Articles.Extraction.Attribution.People;

/// <summary>Finds person names (with role and affiliation when the text gives them) in one text span.</summary>
public static class PersonFinder
{
    private static readonly Regex TwoCapitalised = new(
        @"\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b", RegexOptions.NonBacktracking);

    public static IReadOnlyList<PersonMention> Find(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PersonMention>();
        foreach (Match m in TwoCapitalised.Matches(text))
        {
            found.Add(new PersonMention(PersonNames.ToNominative(m.Value, language), m.Value, null, null, Gender.Unknown, m.Index, m.Length));
        }
        return found;
    }
}
