namespace Articles.Functions.Http;

/// <summary>Reads a request body into memory, stopping as soon as it passes the limit.</summary>
internal static class BodyReader
{
    /// <summary>The bytes, or null when the body is longer than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long limit, long? declaredLength, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(declaredLength ?? 16 * 1024, limit));
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
