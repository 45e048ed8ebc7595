namespace Articles.Extraction.Page;

/// <param name="Text">The page as text.</param>
/// <param name="Charset">The encoding used, e.g. "utf-8", "windows-1251".</param>
/// <param name="CharsetSource">How it was chosen: "bom", "content-type", "meta", "detected".</param>
public sealed record DecodedHtml(string Text, string Charset, string CharsetSource);
