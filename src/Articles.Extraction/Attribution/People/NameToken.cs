namespace Articles.Extraction.Attribution.People;

/// <summary>A word or punctuation mark of a text span, with its position.</summary>
/// <remarks>Lexicon answers are kept on the token: the role and name rules ask about the same few words again and
/// again (every name looks back over the title phrase before it).</remarks>
internal sealed record NameToken(string Text, int Start, bool IsWord)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>"В." or "J." — one capital letter with a full stop.</summary>
    public bool IsInitial => IsWord && Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';

    /// <summary>"МЗС", "NATO", "U.S." — an abbreviation, not a name.</summary>
    public bool IsAllCaps => IsWord && Text.Length > 1 && WordShape.NoLowerLetter(Text) && !IsInitial;

    // Kept small: a body has thousands of tokens. A title answer is kept for uk, ru or en, one language at a time.
    private static readonly FirstNameLexicon.Entry NoFirstName = new("", Gender.Unknown, false);

    private string? _folded;
    private byte _titleMemo;
    private FirstNameLexicon.Entry? _firstName;

    /// <summary>Lower-case text with apostrophes unified; computed once (every lexicon lookup needs it).</summary>
    public string Folded => _folded ??= PeopleLexicon.Fold(Text);

    /// <summary><see cref="TitleLexicon.KindOf"/> of the folded word.</summary>
    public TitleLexicon.Kind TitleKind(string language)
    {
        var code = language switch { "uk" => 1, "ru" => 2, "en" => 3, _ => 0 };
        if (code == 0)
        {
            return TitleLexicon.KindOf(Folded, language);
        }

        if (_titleMemo >> 4 != code)
        {
            _titleMemo = (byte)((code << 4) | (int)TitleLexicon.KindOf(Folded, language));
        }

        return (TitleLexicon.Kind)(_titleMemo & 0xF);
    }

    public bool IsTitle(string language) => TitleKind(language) != TitleLexicon.Kind.None;

    /// <summary><see cref="FirstNameLexicon.Lookup"/> of the text.</summary>
    public FirstNameLexicon.Entry? FirstName
    {
        get
        {
            _firstName ??= FirstNameLexicon.Lookup(Text) ?? NoFirstName;
            return ReferenceEquals(_firstName, NoFirstName) ? null : _firstName;
        }
    }
}
