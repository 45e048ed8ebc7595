using System.Reflection;

namespace Articles.LocalHost;

/// <summary>One function of functions.metadata, resolved to its method in Articles.Functions.</summary>
internal sealed record FunctionDescriptor(string Name, MethodInfo Method, HttpTriggerInfo? Http, BlobTriggerInfo? Blob);

/// <param name="Methods">Upper-case HTTP methods; empty means any.</param>
/// <param name="AuthLevel">As declared (Anonymous, Function, Admin); the local host does not check keys.</param>
internal sealed record HttpTriggerInfo(string Route, IReadOnlyList<string> Methods, string AuthLevel);

/// <param name="Path">"container/{name}"</param>
/// <param name="Connection">The setting that holds the storage connection string locally.</param>
internal sealed record BlobTriggerInfo(string Path, string Connection, string? Source, string ParameterName)
{
    public string Container => Path.Split('/', 2)[0];

    /// <summary>The binding expression naming the blob, e.g. "name" for "articles-incoming/{name}".</summary>
    public string NameParameter => Path.Split('/', 2)[1].Trim('{', '}');
}
