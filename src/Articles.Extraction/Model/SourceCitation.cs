namespace Articles.Extraction.Model;

/// <summary>A media outlet, agency, publication or social network the article cites.</summary>
/// <param name="Name">Canonical name (gazetteer name when known).</param>
/// <param name="Url">The outbound link in the attributing sentence, when there is one.</param>
/// <param name="Evidence">The sentence that cites it.</param>
public sealed record SourceCitation(string Name, string? Url, string Evidence);
