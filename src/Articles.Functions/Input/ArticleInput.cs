namespace Articles.Functions.Input;

/// <summary>A page to extract: its bytes, the Content-Type they came with, and the URL the client gave (if any).</summary>
public sealed record ArticleInput(byte[] Html, string ContentType, Uri? Url);
