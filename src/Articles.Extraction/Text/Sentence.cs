namespace Articles.Extraction.Text;

/// <param name="Text">The sentence text.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
/// <param name="Start">Offset of the sentence in its paragraph.</param>
public sealed record Sentence(string Text, int Paragraph, int Start);
