using Articles.Storage;

namespace Articles.Functions.Tests.Contract;

/// <summary>What the Functions host (and the local host) will read: routes, methods, auth levels and the blob trigger.</summary>
public sealed class FunctionsMetadataTests
{
    [Theory]
    [InlineData("PostArticle", "post", "articles", "Function")]
    [InlineData("Extract", "post", "extract", "Function")]
    [InlineData("ListArticles", "get", "articles", "Function")]
    [InlineData("GetArticle", "get", "articles/{id}", "Function")]
    [InlineData("DeleteArticle", "delete", "articles/{id}", "Function")]
    [InlineData("GetArticleHtml", "get", "articles/{id}/html", "Function")]
    [InlineData("ListSources", "get", "sources", "Function")]
    [InlineData("ListOfficials", "get", "officials", "Function")]
    [InlineData("ListIngestions", "get", "ingestions", "Function")]
    [InlineData("GetIngestion", "get", "ingestions/{*blobName}", "Function")]
    [InlineData("Health", "get", "health", "Anonymous")]
    [InlineData("OpenApi", "get", "openapi.json", "Anonymous")]
    public void HttpFunction_HasItsRouteMethodAndAuthLevel(string name, string method, string route, string authLevel)
    {
        var trigger = GeneratedMetadata.Trigger(name);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal(authLevel, (string?)trigger["authLevel"]);
    }

    [Fact]
    public void EveryFunction_IsInTheTable()
    {
        var names = GeneratedMetadata.Functions.Select(function => (string?)function!["name"]).Order().ToList();

        Assert.Equal(13, names.Count);
        Assert.Contains("IngestIncomingBlob", names);
    }

    [Fact]
    public void BlobTrigger_WatchesIncoming_ThroughEventGrid_OnTheArticleStorageConnection()
    {
        var trigger = GeneratedMetadata.Trigger("IngestIncomingBlob");

        Assert.Equal("blobTrigger", (string?)trigger["type"]);
        Assert.Equal($"{StorageNames.IncomingContainer}/{{name}}", (string?)trigger["path"]);
        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.Equal(StorageNames.ConnectionSetting, (string?)trigger["connection"]);
    }

    [Fact]
    public void NoBindingUsesAnotherConnection()
    {
        var connections = GeneratedMetadata.Functions
            .SelectMany(function => function!["bindings"]!.AsArray())
            .Select(binding => (string?)binding!["connection"])
            .OfType<string>()
            .Distinct();

        Assert.Equal([StorageNames.ConnectionSetting], connections);
    }
}
