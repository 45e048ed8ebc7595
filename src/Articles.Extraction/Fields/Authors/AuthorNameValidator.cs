using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Authors;

/// <summary>Rejects values that cannot be a person's or desk's name: URLs, too long, no letters, sentences.</summary>
internal static class AuthorNameValidator
{
    private const int MaxLength = 60;
    private const int MaxWords = 6;

    /// <summary>URLs and lower-case host names; "Isabella.DiBiase" is a user name, not a host.</summary>
    private static readonly Regex UrlLike = new(
        @"^([hH][tT][tT][pP][sS]?:|[wW][wW][wW]\.|/)|^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}(/\S*)?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Companies and associations ("… e.V.", "… GmbH", "… Inc."): the publisher, not a writer.</summary>
    private static readonly Regex LegalEntity = new(
        @"(\s|^)(e\.\s?V\.|GmbH|gGmbH|AG|KG|Ltd\.?|Inc\.?|LLC|S\.A\.|S\.L\.|ТОВ|ООО|ПАТ|ПАО)(\s|$|,)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool IsPlausible(string name)
    {
        if (name.Length < 2 || name.Length > MaxLength || !name.Any(char.IsLetter))
        {
            return false;
        }

        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }

        // A sentence, not a name: ends with a stop after a long lower-case word, or holds ! ? or quotes.
        if (name.IndexOfAny(['!', '?', '"', '«', '»', '“', '”', '{', '}', '<', '>', '=']) >= 0)
        {
            return false;
        }

        return !name.Split(' ').Any(UrlLike.IsMatch) && !LegalEntity.IsMatch(name) && !StartsWithCommonWord(name);
    }

    /// <summary>
    /// "deinen Hochzeitsbloggern": several words led by a lower-case one that is not a name particle. Single
    /// lower-case tokens stay: they are user names ("jancak").
    /// </summary>
    private static bool StartsWithCommonWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && char.IsLower(words[0][0]) && !Particles.Contains(words[0]);
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "da", "di", "del", "della", "der", "den", "le", "la", "du", "des", "dos", "bin", "ibn",
        "al", "el", "ter", "ten", "zu", "af", "mc",
    };
}
