using System.Text.RegularExpressions;
using Articles.Extraction.Fields.Dates.Layout;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Author profiles often carry only a first name ("Nils"); the article's own text usually spells the full name
/// ("Eine Kolumne von Nils Pickert"). A lone capitalised first name becomes that full name when the visible text
/// pairs it with exactly one surname, and that word is not used on its own more often than after the first name
/// (which tells a surname from a capitalised noun: "Heiko Laufen" is Heiko's post about running).
/// </summary>
internal static class FirstNameCompleter
{
    private static readonly Regex FollowingWord = new(
        @"\G\s+(?<surname>\p{Lu}[\p{L}'’\-]+)(?![\p{L}\d])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public static string Complete(PageContext page, string author)
    {
        if (!IsLoneFirstName(author))
        {
            return author;
        }

        var text = PageText.Of(page).Text;
        string? found = null;
        var from = 0;
        while ((from = text.IndexOf(author, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = from + author.Length;
            var startsWord = from == 0 || !char.IsLetterOrDigit(text[from - 1]);
            if (startsWord && Surname(text, end) is { } surname)
            {
                var full = string.Concat(text.AsSpan(from, author.Length), " ", surname);
                if (found is not null && !found.Equals(full, StringComparison.OrdinalIgnoreCase))
                {
                    return author;
                }

                found ??= full;
            }

            from = end;
        }

        return found is not null && IsMostlyAfterFirstName(text, found, author.Length + 1) ? found : author;
    }

    private static bool IsMostlyAfterFirstName(string text, string full, int surnameStart)
    {
        var surname = full[surnameStart..];
        int alone = 0, paired = 0;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            var firstName = full.AsSpan(0, surnameStart - 1);
            if (at >= surnameStart && text.AsSpan(at - surnameStart, firstName.Length).Equals(firstName, StringComparison.OrdinalIgnoreCase))
            {
                paired++;
            }
            else
            {
                alone++;
            }
        }

        return alone <= paired;
    }

    private static bool IsLoneFirstName(string author) =>
        author.Length is >= 2 and <= 20 && char.IsUpper(author[0]) && author.Skip(1).All(char.IsLower);

    private static string? Surname(string text, int at)
    {
        try
        {
            var m = FollowingWord.Match(text, at);
            return m.Success && m.Groups["surname"].Value.Length >= 2 ? m.Groups["surname"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
