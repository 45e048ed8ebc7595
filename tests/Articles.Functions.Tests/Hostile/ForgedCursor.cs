using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// Rewrites a real cursor the way someone who has read the (public) source could: the checksum is not a secret, so a
/// cursor with a valid checksum can still carry any partition or row key. The API must treat its contents as input.
/// </summary>
internal static class ForgedCursor
{
    private const int ChecksumBytes = 8;

    public static string With(string cursor, string? partition, string? rowKey)
    {
        var bytes = Base64Url.DecodeFromChars(cursor);
        var json = JsonNode.Parse(bytes.AsSpan(ChecksumBytes))!.AsObject();
        json["P"] = partition;
        json["R"] = rowKey;
        var body = Encoding.UTF8.GetBytes(json.ToJsonString());
        var label = "articles-cursor\n"u8;
        var checksum = SHA256.HashData([.. label, .. body])[..ChecksumBytes];
        return Base64Url.EncodeToString([.. checksum, .. body]);
    }
}
