using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Articles.Storage.Keys;

namespace Articles.Storage.Listing;

/// <summary>
/// Opaque cursors: base64url of a checksum and a small JSON object (kind, query fingerprint, partition and the last
/// row key returned — the same position a table continuation token holds, but exact even when rows are skipped).
/// Reading one checks the checksum, the kind and the fingerprint, so a forged, damaged or foreign cursor fails with
/// <see cref="InvalidQueryException"/> instead of silently listing something else.
/// </summary>
internal static class CursorCodec
{
    private const int Version = 1;
    private const int ChecksumBytes = 8;

    public static string Encode(CursorState state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new CursorJson(Version, state.Kind, state.Query, state.Partition, state.RowKey));
        var bytes = new byte[ChecksumBytes + json.Length];
        Checksum(json).CopyTo(bytes, 0);
        json.CopyTo(bytes, ChecksumBytes);
        return Base64Url.EncodeToString(bytes);
    }

    public static CursorState Decode(string cursor, string kind, string query)
    {
        CursorJson? parsed;
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            if (bytes.Length <= ChecksumBytes || !Checksum(bytes.AsSpan(ChecksumBytes)).AsSpan().SequenceEqual(bytes.AsSpan(0, ChecksumBytes)))
            {
                throw Invalid();
            }

            parsed = JsonSerializer.Deserialize<CursorJson>(bytes.AsSpan(ChecksumBytes));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw Invalid();
        }

        if (parsed is null || parsed.V != Version || parsed.P is null || parsed.K is null || parsed.Q is null)
        {
            throw Invalid();
        }

        if (parsed.K != kind || parsed.Q != query)
        {
            throw new InvalidQueryException(
                "The cursor belongs to a different listing or to other filters: repeat the request with the same parameters as the one that returned it, or leave the cursor out to start again.");
        }

        return new CursorState(parsed.K, parsed.Q, parsed.P, parsed.R);
    }

    /// <summary>A short stable hash of a query's filters, carried by its cursors.</summary>
    public static string Fingerprint(params string?[] parts) =>
        Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(part => part ?? "\u0000")))), 16);

    private static InvalidQueryException Invalid() =>
        new("The cursor is not valid: it was not issued by this API or was altered. Use the nextCursor value of a previous page as is, or leave it out to start again.");

    private static byte[] Checksum(ReadOnlySpan<byte> json)
    {
        var label = "articles-cursor\n"u8;
        var data = new byte[label.Length + json.Length];
        label.CopyTo(data);
        json.CopyTo(data.AsSpan(label.Length));
        return SHA256.HashData(data)[..ChecksumBytes];
    }

    private sealed record CursorJson(int V, string? K, string? Q, string? P, string? R);
}

/// <param name="Kind">What is listed: date, source, official, sources, officials, ingestions.</param>
/// <param name="Query">The fingerprint of the filters the cursor was issued for.</param>
/// <param name="Partition">The partition the last item came from.</param>
/// <param name="RowKey">The last item's row key (null where the partition alone is the position).</param>
internal sealed record CursorState(string Kind, string Query, string Partition, string? RowKey);
