namespace Articles.Extraction.Attribution.Sources;

/// <summary>Does a word in the text spell a gazetteer word, allowing for case and Cyrillic declension?</summary>
internal static class NameForms
{
    // Endings a Ukrainian or Russian noun or adjective takes in its other cases
    // (Укрінформу, Рейтера, Медузою, Суспільного, Новой газеты).
    private static readonly HashSet<string> CyrillicEndings = new(StringComparer.Ordinal)
    {
        "", "а", "я", "у", "ю", "і", "и", "ы", "е", "є", "о", "ї", "ь",
        "ом", "ем", "ой", "ей", "ою", "ею", "ої", "ій", "ий", "ым", "им", "ую", "юю", "ая", "яя",
        "ові", "еві", "ого", "ому", "его", "ему", "ах", "ях", "ам", "ям", "ами", "ями",
    };

    private const int MinimumStem = 3;

    /// <summary>The lookup key of a word: its first letters, lower-cased (a declined form keeps them).</summary>
    public static string Key(string word)
    {
        Span<char> key = stackalloc char[MinimumStem];
        return new string(Key(word, key));
    }

    /// <summary>The key written into <paramref name="buffer"/> (at least <see cref="KeyLength"/> long), without allocating.</summary>
    public static ReadOnlySpan<char> Key(string word, Span<char> buffer)
    {
        var length = Math.Min(word.Length, MinimumStem);
        for (var k = 0; k < length; k++)
        {
            buffer[k] = LowerCase.Of(word[k]);
        }

        return buffer[..length];
    }

    public const int KeyLength = MinimumStem;

    /// <summary>A gazetteer word with what <see cref="Matches(string, Variant, bool)"/> asks of it, worked out once.</summary>
    internal sealed record Variant(string Text, bool AllCaps, bool Dotted, bool Cyrillic, string Stem);

    public static Variant Prepare(string word) =>
        new(word, IsAllCaps(word), word.Contains('.', StringComparison.Ordinal), IsCyrillic(word), Stem(word));

    public static bool Matches(string text, string variant, bool lastWord) => Matches(text, Prepare(variant), lastWord);

    /// <summary>
    /// False when no word whose first letter is (or is not) a capital can match <paramref name="variant"/>: a plain
    /// name matches only words that agree with it on that, as <see cref="Matches(string, Variant, bool)"/> asks first.
    /// </summary>
    public static bool MayMatch(Variant variant, bool capitalised) =>
        variant.AllCaps || variant.Dotted || char.IsUpper(variant.Text[0]) == capitalised;

    public static bool Matches(string text, Variant variant, bool lastWord)
    {
        if (variant.AllCaps)
        {
            // Acronyms (CNN, ТАСС, AP) must be written in capitals: "ap" or "Cnn" are other words.
            return text.Equals(variant.Text, StringComparison.Ordinal) || (lastWord && HasLowerHyphenSuffix(text, variant.Text));
        }

        if (variant.Dotted)
        {
            // Domain-like names (Lenta.ru, ZN.UA, politico.eu) are written in any case.
            return text.Equals(variant.Text, StringComparison.OrdinalIgnoreCase);
        }

        if (char.IsUpper(text[0]) != char.IsUpper(variant.Text[0]))
        {
            // "суспільне мовлення" is not Суспільне; "dpa" and "DPA" are listed separately.
            return false;
        }

        if (text.Equals(variant.Text, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (lastWord && HasLowerHyphenSuffix(text, variant.Text))
        {
            return true;
        }

        return variant.Cyrillic && IsDeclinedForm(text, variant.Stem);
    }

    // "Telegram-каналі", "Facebook-сторінці": the platform's name with a common noun attached.
    private static bool HasLowerHyphenSuffix(string text, string variant) =>
        text.Length > variant.Length + 1
        && text.StartsWith(variant, StringComparison.OrdinalIgnoreCase)
        && text[variant.Length] == '-'
        && char.IsLower(text[variant.Length + 1]);

    private static bool IsDeclinedForm(string text, string stem)
    {
        if (stem.Length < MinimumStem || !text.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CyrillicEndings.Contains(LowerCase.Of(text[stem.Length..]));
    }

    private static string Stem(string word)
    {
        var end = word.Length;
        while (end > 0 && end > word.Length - 2 && "аяоеєиіїйьыуюэ".Contains(LowerCase.Of(word[end - 1]), StringComparison.Ordinal))
        {
            end--;
        }

        return word[..end];
    }

    private static bool IsAllCaps(string word) =>
        word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper);

    private static bool IsCyrillic(string word) => WordShape.HasCyrillic(word);
}
