using System.Text;

namespace Articles.Functions.Ingestion;

/// <summary>Blob metadata values must be printable ASCII; reasons quote page text, so fold them to fit.</summary>
internal static class BlobMetadataText
{
    private const int MaxLength = 1024;

    public static string From(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }

    /// <summary>A metadata value by key, ignoring case (uploaders write "url", "URL", "Url").</summary>
    public static string? Find(IDictionary<string, string> metadata, string key) =>
        metadata.FirstOrDefault(pair => pair.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
}
