using System.Text.Json.Nodes;
using Articles.Infra.Tests.Support;

namespace Articles.Infra.Tests;

/// <summary>The Bicep compiles and lints clean: any warning (a linter rule or a type check) fails CI.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class BicepValidationTests(CompiledTemplate compiled)
{
    [Fact]
    public void Build_CompilesMainBicepWithoutDiagnostics()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Diagnostics);
        Assert.Equal("", compiled.Build.Diagnostics.Trim());
        Assert.NotEmpty(compiled.Template.AllResources);
    }

    [Fact]
    public void Lint_ReportsNoDiagnostics()
    {
        var lint = BicepCli.Run("lint", InfraPaths.MainBicep);

        Assert.True(lint.ExitCode == 0, lint.Diagnostics + lint.Output);
        Assert.Equal("", (lint.Diagnostics + lint.Output).Trim());
    }

    [Fact]
    public void Modules_AreLocalFiles()
    {
        var registryReferences = Directory
            .EnumerateFiles(InfraPaths.InRepo("infra"), "*.bicep", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("'br/", StringComparison.Ordinal) || line.Contains("'br:", StringComparison.Ordinal)
                           || line.Contains("'ts/", StringComparison.Ordinal) || line.Contains("'ts:", StringComparison.Ordinal));

        Assert.Empty(registryReferences);
    }

    [Fact]
    public void ParametersFile_SuppliesEveryRequiredParameterAndNoUnknownOne()
    {
        var declared = compiled.Template.Root["parameters"]!.AsObject();
        var supplied = JsonNode.Parse(File.ReadAllText(InfraPaths.InRepo("infra", "main.parameters.json")))!["parameters"]!.AsObject();

        Assert.All(supplied, pair => Assert.True(declared.ContainsKey(pair.Key), $"main.bicep has no parameter '{pair.Key}'"));
        Assert.All(declared.Where(pair => pair.Value?["defaultValue"] is null),
            pair => Assert.True(supplied.ContainsKey(pair.Key), $"main.parameters.json does not supply '{pair.Key}'"));
    }
}
