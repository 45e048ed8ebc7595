namespace Articles.Extraction.Text;

/// <summary>A pair of quotation marks in a text.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or -1 when the quotation runs past the end of the text.</param>
/// <param name="Depth">0 for an outer quotation, 1 for a quotation nested in it, …</param>
public readonly record struct QuoteSpan(int Open, int Close, int Depth)
{
    public bool IsClosed => Close >= 0;

    /// <summary>Offset of the first character inside the marks.</summary>
    public int ContentStart => Open + 1;

    /// <summary>Offset just past the last character inside the marks (the text's end for an open quotation).</summary>
    public int ContentEnd(int textLength) => IsClosed ? Close : textLength;

    public string Content(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[ContentStart..ContentEnd(text.Length)];
    }

    /// <summary>True when <paramref name="offset"/> lies between the marks.</summary>
    public bool Contains(int offset, int textLength) => offset > Open && offset < ContentEnd(textLength);
}
