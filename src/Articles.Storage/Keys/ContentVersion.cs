using System.Security.Cryptography;
using System.Text;

namespace Articles.Storage.Keys;

/// <summary>
/// The version of a stored article: a hash of everything stored (bytes, content type, metadata JSON). Equal
/// versions mean a re-post changes nothing (<see cref="SaveResult.Unchanged"/>); it is also the HTTP ETag.
/// </summary>
internal static class ContentVersion
{
    public const int Length = 26;

    public static string Compute(ReadOnlySpan<byte> html, string contentType, string metadataJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(html);
        hash.AppendData("\n--content-type--\n"u8);
        hash.AppendData(Encoding.UTF8.GetBytes(contentType));
        hash.AppendData("\n--metadata--\n"u8);
        hash.AppendData(Encoding.UTF8.GetBytes(metadataJson));
        return Base32.Encode(hash.GetHashAndReset(), Length);
    }

    public static string ToETag(string version) => $"\"{version}\"";
}
