using System.Text.Json;
using Articles.Functions.ApiDocs;

namespace Articles.Functions.Tests.Contract;

/// <summary>The hand-written OpenAPI document and the generated functions.metadata describe the same operations.</summary>
public sealed class OpenApiContractTests
{
    private static readonly JsonElement Document = JsonDocument.Parse(OpenApiDocument.Utf8).RootElement;

    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch", "head", "options"];

    [Fact]
    public void EveryFunctionRoute_IsDocumented()
    {
        var documented = DocumentedOperations();

        Assert.All(GeneratedMetadata.HttpOperations(), operation => Assert.Contains(operation, documented));
    }

    [Fact]
    public void EveryDocumentedOperation_IsAFunctionRoute()
    {
        var generated = GeneratedMetadata.HttpOperations().ToHashSet();

        Assert.All(DocumentedOperations(), operation => Assert.Contains(operation, generated));
    }

    [Fact]
    public void Document_IsOpenApi3_ServedUnderApi()
    {
        Assert.StartsWith("3.0", Document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api", Document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void AnonymousFunctions_NeedNoKeyInTheDocument()
    {
        foreach (var (method, path) in new[] { ("get", "/health"), ("get", "/openapi.json") })
        {
            var security = Document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("security");
            Assert.Equal(0, security.GetArrayLength());
        }
    }

    [Fact]
    public void EveryReference_Resolves()
    {
        var schemas = Document.GetProperty("components").GetProperty("schemas");
        var references = new List<string>();
        Collect(Document, references);

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.True(schemas.TryGetProperty(reference.Split('/')[^1], out _), reference));
    }

    private static HashSet<(string, string)> DocumentedOperations() =>
        Document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => HttpMethods.Contains(operation.Name))
                .Select(operation => (operation.Name.ToUpperInvariant(), path.Name)))
            .ToHashSet();

    private static void Collect(JsonElement element, List<string> references)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "$ref")
                {
                    references.Add(property.Value.GetString()!);
                }

                Collect(property.Value, references);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, references);
            }
        }
    }
}
