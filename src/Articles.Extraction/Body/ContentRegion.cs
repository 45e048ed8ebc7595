using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>
/// Where the article's text lives: the main container and, in document order, the blocks to read — the container
/// itself plus neighbouring blocks that belong to the text (a lead paragraph set outside the body wrapper).
/// </summary>
/// <param name="Container">The element chosen as the article text's wrapper.</param>
/// <param name="Parts">The container and its accepted siblings, in document order.</param>
/// <param name="Method">How the container was found ("itemprop=articleBody", "jsonld", "scored", "body").</param>
public sealed record ContentRegion(IElement Container, IReadOnlyList<IElement> Parts, string Method);
