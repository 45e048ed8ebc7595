namespace Articles.Extraction.Body;

/// <summary>The article's own text, paragraph by paragraph, with the links each paragraph carries.</summary>
public sealed record ArticleBody(IReadOnlyList<BodyParagraph> Paragraphs)
{
    public static ArticleBody Empty { get; } = new([]);

    /// <summary>Paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}

/// <param name="Text">The paragraph's text, whitespace folded.</param>
/// <param name="Links">Anchors inside the paragraph, with offsets into <paramref name="Text"/>.</param>
public sealed record BodyParagraph(string Text, IReadOnlyList<BodyLink> Links);

/// <param name="Text">The anchor text.</param>
/// <param name="Href">The absolute URL when it could be resolved, else as written.</param>
/// <param name="Start">Offset of the anchor text in the paragraph.</param>
public sealed record BodyLink(string Text, string Href, int Start);
