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

        return !UrlLike.IsMatch(name);
    }
}
