namespace Articles.Extraction.Attribution.People;

/// <summary>A word or punctuation mark of a text span, with its position.</summary>
internal sealed record NameToken(string Text, int Start, bool IsWord)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>"В." or "J." — one capital letter with a full stop.</summary>
    public bool IsInitial => IsWord && Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';

    /// <summary>"МЗС", "NATO", "U.S." — an abbreviation, not a name.</summary>
    public bool IsAllCaps => IsWord && Text.Length > 1 && WordShape.NoLowerLetter(Text) && !IsInitial;

    private string? _folded;

    /// <summary>Lower-case text with apostrophes unified; computed once (every lexicon lookup needs it).</summary>
    public string Folded => _folded ??= PeopleLexicon.Fold(Text);
}
