namespace Articles.Functions.Input;

/// <summary>The URL a client or an uploader gives with a page: absolute http(s), or nothing.</summary>
public static class SubmittedUrl
{
    public const int MaxLength = 2048;

    /// <summary>Null when <paramref name="text"/> is usable (or absent); otherwise why not.</summary>
    public static string? Check(string? text, string origin, out Uri? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            return $"The {origin} is {text.Length} characters long; the limit is {MaxLength}.";
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return $"The {origin} '{text}' is not an absolute http or https URL.";
        }

        url = parsed;
        return null;
    }
}
