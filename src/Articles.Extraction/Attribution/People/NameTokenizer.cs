using System.Globalization;

namespace Articles.Extraction.Attribution.People;

/// <summary>Splits a text span into words (with inner apostrophes and hyphens) and punctuation marks.</summary>
/// <remarks>A hand-written scanner rather than a regex: every sentence of every body is tokenized, and the regex was a
/// top item in the profile. At each position, in this order: dotted capitals ("U.S."), an initial before a capital
/// ("В. Зеленський"), a dotted English title ("Sen."), a word, else one punctuation mark; white space separates.</remarks>
internal static class NameTokenizer
{
    private static readonly string[] DottedTitles =
        ["Sens", "Reps", "Sen", "Rep", "Gov", "Gen", "Lt", "Mr", "Mrs", "Ms", "Dr", "St", "Sgt", "Col", "Capt", "Adm"];

    public static IReadOnlyList<NameToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // About one token per five characters of running text.
        var tokens = new List<NameToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var length = DottedCapitals(text, i);
            if (length == 0)
            {
                length = Initial(text, i);
            }
            if (length == 0)
            {
                length = DottedTitle(text, i);
            }
            if (length == 0)
            {
                length = char.IsLetter(c) || char.IsNumber(c) ? Word(text, i) : 1;
            }

            tokens.Add(new NameToken(length == 1 ? OneChar(c) : text.Substring(i, length), i, char.IsLetterOrDigit(c)));
            i += length;
        }
        return tokens;
    }

    // Punctuation and one-letter words ("«", ",", "—", "у", "в") are a third of all tokens: one shared string each.
    private static readonly string?[] OneCharStrings = new string?[0x2100];

    private static string OneChar(char c) =>
        c < OneCharStrings.Length ? OneCharStrings[c] ??= c.ToString() : c.ToString();

    // "U.S.", "США." style runs of at least two capital-and-full-stop pairs.
    private static int DottedCapitals(string text, int at)
    {
        var pairs = 0;
        for (var k = at; k + 1 < text.Length && char.IsUpper(text[k]) && text[k + 1] == '.'; k += 2)
        {
            pairs++;
        }
        return pairs >= 2 ? pairs * 2 : 0;
    }

    // "J. Smith": one letter and a full stop, when a capital follows (after optional white space).
    private static int Initial(string text, int at)
    {
        if (at + 1 >= text.Length || !char.IsLetter(text[at]) || text[at + 1] != '.')
        {
            return 0;
        }
        var k = at + 2;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }
        return k < text.Length && char.IsUpper(text[k]) ? 2 : 0;
    }

    private static int DottedTitle(string text, int at)
    {
        if (!char.IsUpper(text[at]))
        {
            return 0;
        }
        foreach (var title in DottedTitles)
        {
            var end = at + title.Length;
            if (end < text.Length && text[end] == '.' && string.CompareOrdinal(text, at, title, 0, title.Length) == 0)
            {
                return title.Length + 1;
            }
        }
        return 0;
    }

    // Letters, marks and digits, with an apostrophe or hyphen kept only between them ("прем'єр", "Нагірно-Карабахської").
    private static int Word(string text, int at)
    {
        var k = at + 1;
        while (k < text.Length)
        {
            var c = text[k];
            if (WordChars.Contains(c))
            {
                k++;
            }
            else if (c is '\'' or '’' or 'ʼ' or '-' && k + 1 < text.Length && (char.IsLetter(text[k + 1]) || char.IsNumber(text[k + 1])))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return k - at;
    }

    // Letters, numbers and combining marks, one bit per character: every character of a body is asked.
    private static readonly CharTable WordChars = new(c => char.IsLetter(c) || char.IsNumber(c) || IsMark(c));

    private static bool IsMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
