using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Authors;

/// <summary>Rejects values that cannot be a person's or desk's name: URLs, too long, no letters, sentences.</summary>
internal static class AuthorNameValidator
{
    private const int MaxLength = 60;
    private const int MaxWords = 6;

    private static readonly Regex UrlLike = new(
        @"^(https?:|www\.|/)|^[\w-]+(\.[\w-]+)+(/\S*)?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

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
