namespace Articles.Extraction.Text;

/// <summary>What a quotation character can do at one position.</summary>
internal enum QuoteRole
{
    None,
    Open,
    Close,
    OpenOrClose,
}

/// <summary>The quotation marks of Ukrainian, Russian and English news and how they pair.</summary>
internal static class QuoteMarks
{
    public static bool IsQuoteChar(char c) => c is '«' or '»' or '„' or '“' or '”' or '"' or '\'' or '‘' or '’' or '‹' or '›';

    /// <summary>The same marks, for a vectorised search.</summary>
    public static readonly System.Buffers.SearchValues<char> All = System.Buffers.SearchValues.Create("«»„“”\"'‘’‹›");

    /// <summary>True when a closing <paramref name="close"/> can end a quotation opened by <paramref name="open"/>.</summary>
    public static bool Pairs(char open, char close) => open switch
    {
        '«' => close == '»',
        '‹' => close == '›',
        '„' => close is '“' or '”',
        '“' => close == '”',
        '"' => close == '"',
        '‘' => close == '’',
        '\'' => close == '\'',
        _ => false,
    };

    /// <summary>The role of the quotation character at <paramref name="i"/>, from the mark and its neighbours.</summary>
    public static QuoteRole RoleAt(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        switch (c)
        {
            case '«' or '„' or '‹':
                return QuoteRole.Open;
            case '»' or '›' or '”':
                return QuoteRole.Close;
            case '“':
                // Opens in English, closes „ in Ukrainian/Russian: the pairer decides with its stack.
                return QuoteRole.OpenOrClose;
            case '’' or '\'' or '‘':
                if (char.IsLetter(before) && char.IsLetter(after))
                {
                    return QuoteRole.None; // apostrophe inside a word: зв’язку, don't, O'Brien
                }

                if (c == '‘')
                {
                    return QuoteRole.Open;
                }

                return Straight(before, after, c == '’');
            case '"':
                return Straight(before, after, closeOnly: false);
            default:
                return QuoteRole.None;
        }
    }

    private static QuoteRole Straight(char before, char after, bool closeOnly)
    {
        if (IsOpeningContext(before))
        {
            // Marks with space on both sides pair by position only.
            return char.IsWhiteSpace(after) ? (closeOnly ? QuoteRole.None : QuoteRole.OpenOrClose) : (closeOnly ? QuoteRole.None : QuoteRole.Open);
        }

        return QuoteRole.Close;
    }

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '«' or '„' or '“' or '/';
}
