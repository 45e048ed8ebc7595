using System.Text.Json.Nodes;

namespace Articles.Functions.Tests.Contract;

/// <summary>functions.metadata as the Functions SDK generated it (copied next to the tests by the build).</summary>
internal static class GeneratedMetadata
{
    public static JsonArray Functions { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!.AsArray();

    public static JsonObject Function(string name) =>
        Functions.Select(function => function!.AsObject()).Single(function => (string?)function["name"] == name);

    public static JsonObject Trigger(string name) =>
        Function(name)["bindings"]!.AsArray().Select(binding => binding!.AsObject())
            .Single(binding => ((string?)binding["type"])!.EndsWith("Trigger", StringComparison.Ordinal));

    /// <summary>(METHOD, /path) for every HTTP trigger; "{*name}" catch-alls written "{name}" as OpenAPI does.</summary>
    public static IEnumerable<(string Method, string Path)> HttpOperations() =>
        Functions.Select(function => function!.AsObject())
            .Select(function => function["bindings"]!.AsArray().Select(b => b!.AsObject()).FirstOrDefault(b => (string?)b["type"] == "httpTrigger"))
            .OfType<JsonObject>()
            .SelectMany(trigger => trigger["methods"]!.AsArray().Select(method =>
                (((string?)method)!.ToUpperInvariant(), "/" + ((string?)trigger["route"])!.Replace("{*", "{", StringComparison.Ordinal))));
}
