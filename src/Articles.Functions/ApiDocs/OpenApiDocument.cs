namespace Articles.Functions.ApiDocs;

/// <summary>The hand-written OpenAPI document, embedded in the assembly.</summary>
public static class OpenApiDocument
{
    public const string ResourceName = "Articles.Functions.ApiDocs.openapi.json";

    public static ReadOnlyMemory<byte> Utf8 { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
