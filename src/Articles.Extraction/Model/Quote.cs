namespace Articles.Extraction.Model;

/// <param name="Text">The quoted words without marks, or for indirect speech the reported clause.</param>
/// <param name="Direct">True when the words stand inside quotation marks.</param>
/// <param name="Evidence">The sentence (or sentences) the quote was read from.</param>
public sealed record Quote(string Text, bool Direct, string Evidence);
