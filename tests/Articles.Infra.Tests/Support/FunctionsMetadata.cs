using System.Text.Json.Nodes;

namespace Articles.Infra.Tests.Support;

/// <summary>One binding of one function, as the Functions SDK generated it into functions.metadata.</summary>
internal sealed record FunctionBinding(string FunctionName, string Type, string? Connection, string? Path, string? Source)
{
    public bool IsBlobTrigger => string.Equals(Type, "blobTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>Storage bindings without a connection use the host's AzureWebJobsStorage.</summary>
    public string? EffectiveConnection =>
        !string.IsNullOrEmpty(Connection) ? Connection
        : Type.StartsWith("blob", StringComparison.OrdinalIgnoreCase)
          || Type.StartsWith("queue", StringComparison.OrdinalIgnoreCase)
          || Type.StartsWith("table", StringComparison.OrdinalIgnoreCase) ? "AzureWebJobsStorage"
        : null;

    /// <summary>"articles-incoming/{name}" → "articles-incoming".</summary>
    public string? Container => Path?.Split('/', 2)[0];
}

internal static class FunctionsMetadata
{
    public static IReadOnlyList<FunctionBinding> Bindings { get; } = Load();

    public static IEnumerable<FunctionBinding> BlobTriggers => Bindings.Where(binding => binding.IsBlobTrigger);

    private static List<FunctionBinding> Load()
    {
        var path = InfraPaths.FunctionsMetadata;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("functions.metadata was not generated; build src/Articles.Functions.", path);
        }

        var functions = JsonNode.Parse(File.ReadAllText(path))?.AsArray() ?? [];
        return functions
            .Select(function => function!.AsObject())
            .SelectMany(function => (function["bindings"]?.AsArray() ?? []).Select(binding => new FunctionBinding(
                (string?)function["name"] ?? "",
                (string?)binding!["type"] ?? "",
                (string?)binding["connection"],
                (string?)binding["path"],
                (string?)binding["source"])))
            .ToList();
    }
}
