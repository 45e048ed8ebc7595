namespace Articles.Extraction.Attribution.Sources;

/// <summary>A word in a sentence: letters and digits, with inner hyphens, dots, apostrophes and pluses kept.</summary>
internal readonly record struct WordToken(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool StartsUpper => char.IsUpper(Text[0]);

    public bool IsLatin => WordShape.HasLatin(Text);

    public bool IsCyrillic => WordShape.HasCyrillic(Text);
}
