using Articles.Extraction.Model;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>A quote with its speaker and where it stands in the article.</summary>
/// <param name="Sentence">Index of the (first) sentence it was read from.</param>
/// <param name="Offset">Offset of the quote or cue in that sentence, for article order.</param>
internal sealed record AttributedQuote(Speaker Speaker, Quote Quote, int Sentence, int Offset);
