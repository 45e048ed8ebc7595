using System.Reflection;

namespace Articles.Infra.Tests.Support;

/// <summary>Paths the build recorded in this assembly (see Articles.Infra.Tests.csproj).</summary>
internal static class InfraPaths
{
    public static string RepoRoot => Recorded("RepoRoot");

    /// <summary>The Bicep CLI from the restored Azure.Bicep.CommandLine.linux-x64 package.</summary>
    public static string Bicep => Recorded("BicepPath");

    /// <summary>functions.metadata the Functions SDK generated for src/Articles.Functions.</summary>
    public static string FunctionsMetadata => Recorded("FunctionsMetadataPath");

    public static string MainBicep => InRepo("infra", "main.bicep");

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string Recorded(string key) =>
        typeof(InfraPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The build did not record '{key}'; build with dotnet build/test.");
}
