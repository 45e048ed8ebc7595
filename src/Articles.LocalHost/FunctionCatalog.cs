using System.Reflection;
using System.Text.Json.Nodes;

namespace Articles.LocalHost;

/// <summary>
/// The functions as the Functions SDK generated them into functions.metadata: the same file the Azure Functions host
/// reads, so routes, methods, auth levels and blob paths are never kept twice.
/// </summary>
internal sealed class FunctionCatalog(IReadOnlyList<FunctionDescriptor> functions)
{
    public const string FileName = "functions.metadata";

    public IReadOnlyList<FunctionDescriptor> Functions { get; } = functions;

    public IEnumerable<FunctionDescriptor> HttpFunctions => Functions.Where(function => function.Http is not null);

    public IEnumerable<FunctionDescriptor> BlobFunctions => Functions.Where(function => function.Blob is not null);

    public static FunctionCatalog Load(string path, Assembly functionsAssembly)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{FileName} was not found: build src/Articles.Functions (the SDK generates it).", path);
        }

        var entries = JsonNode.Parse(File.ReadAllText(path))?.AsArray() ?? [];
        return new FunctionCatalog(entries.Select(entry => Describe(entry!.AsObject(), functionsAssembly)).ToList());
    }

    public static FunctionCatalog LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, FileName), typeof(Functions.ArticlesAppServices).Assembly);

    private static FunctionDescriptor Describe(JsonObject entry, Assembly assembly)
    {
        var name = (string?)entry["name"] ?? throw new InvalidDataException("A function without a name in functions.metadata.");
        var entryPoint = (string?)entry["entryPoint"] ?? throw new InvalidDataException($"{name} has no entryPoint.");
        var split = entryPoint.LastIndexOf('.');
        var type = assembly.GetType(entryPoint[..split], throwOnError: true)!;
        var method = type.GetMethod(entryPoint[(split + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            ?? throw new MissingMethodException(type.FullName, entryPoint[(split + 1)..]);
        var bindings = (entry["bindings"]?.AsArray() ?? []).Select(binding => binding!.AsObject()).ToList();
        return new FunctionDescriptor(name, method, HttpTrigger(bindings), BlobTrigger(bindings));
    }

    private static HttpTriggerInfo? HttpTrigger(List<JsonObject> bindings) =>
        bindings.FirstOrDefault(binding => Is(binding, "httpTrigger")) is { } trigger
            ? new HttpTriggerInfo(
                (string?)trigger["route"] ?? "",
                (trigger["methods"]?.AsArray() ?? []).Select(method => ((string?)method ?? "").ToUpperInvariant()).ToList(),
                (string?)trigger["authLevel"] ?? "Function")
            : null;

    private static BlobTriggerInfo? BlobTrigger(List<JsonObject> bindings) =>
        bindings.FirstOrDefault(binding => Is(binding, "blobTrigger")) is { } trigger
            ? new BlobTriggerInfo(
                (string?)trigger["path"] ?? throw new InvalidDataException("A blob trigger without a path."),
                (string?)trigger["connection"] ?? "AzureWebJobsStorage",
                (string?)trigger["source"],
                (string?)trigger["name"] ?? "")
            : null;

    private static bool Is(JsonObject binding, string type) =>
        string.Equals((string?)binding["type"], type, StringComparison.OrdinalIgnoreCase);
}
