namespace Articles.Extraction.Attribution.Sources;

/// <summary>A word in a sentence: letters and digits, with inner hyphens, dots, apostrophes and pluses kept.</summary>
internal readonly record struct WordToken(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool StartsUpper => char.IsUpper(Text[0]);

    public bool IsLatin => Text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    public bool IsCyrillic => Text.Any(c => c is >= '\u0400' and <= '\u04FF');
}
