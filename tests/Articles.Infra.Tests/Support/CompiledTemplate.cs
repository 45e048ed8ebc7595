using System.Text.Json.Nodes;

namespace Articles.Infra.Tests.Support;

/// <summary>infra/main.bicep compiled once per test run with the restored Bicep CLI.</summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        Build = BicepCli.Run("build", InfraPaths.MainBicep, "--stdout");
        Template = Build.ExitCode == 0 && JsonNode.Parse(Build.Output) is JsonObject root ? new ArmTemplate(root) : new ArmTemplate([]);
    }

    internal BicepRun Build { get; }

    internal ArmTemplate Template { get; }

    internal IEnumerable<ArmResource> OfType(string type) =>
        Template.AllResources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    internal ArmResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>
    /// The function app's settings: name → literal value or ARM expression. A module parameter is replaced by
    /// the expression main.bicep passes for it, so a value shows where it comes from (e.g. a storage output).
    /// </summary>
    internal IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var module = OfType("Microsoft.Resources/deployments")
                .Single(deployment => deployment.NestedTemplate!.Resources.Any(IsAppSettings));
            var arguments = module.Properties?["parameters"]?.AsObject();
            return module.NestedTemplate!.Resources.Single(IsAppSettings).Properties!
                .ToDictionary(
                    pair => pair.Key,
                    pair => ModuleArgument(pair.Value?.ToString() ?? "", arguments),
                    StringComparer.OrdinalIgnoreCase);
        }
    }

    private static bool IsAppSettings(ArmResource resource) =>
        resource.Type == "Microsoft.Web/sites/config" && resource.Name.EndsWith("'appsettings')]", StringComparison.Ordinal);

    private static string ModuleArgument(string value, JsonObject? arguments) =>
        value.StartsWith("[parameters('", StringComparison.Ordinal) && value.EndsWith("')]", StringComparison.Ordinal)
            && arguments?[value["[parameters('".Length..^"')]".Length]]?["value"]?.ToString() is { } passed
            ? passed
            : value;
}

/// <summary>Test classes in this collection share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateGroup : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "compiled template";
}
