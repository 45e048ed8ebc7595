using Articles.Infra.Tests.Support;

namespace Articles.Infra.Tests;

/// <summary>Every storage connection the code uses is configured in Azure, and only with the app's identity.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class ConnectionSettingsTests(CompiledTemplate compiled)
{
    /// <summary>Connections from functions.metadata, the storage options, and the host's own storage.</summary>
    public static TheoryData<string> ConnectionsTheCodeUses()
    {
        var names = FunctionsMetadata.Bindings
            .Select(binding => binding.EffectiveConnection)
            .OfType<string>()
            .Append(StorageNamesInCode.Connection)
            .Append("AzureWebJobsStorage")
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(ConnectionsTheCodeUses))]
    public void Connection_IsIdentityBased(string connection)
    {
        var settings = compiled.AppSettings;

        Assert.Equal("managedidentity", settings.GetValueOrDefault($"{connection}__credential"));
        Assert.Contains("outputs.clientId", LookUp(settings, $"{connection}__clientId"), StringComparison.Ordinal);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Contains($"outputs.{service}Endpoint", LookUp(settings, $"{connection}__{service}ServiceUri"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ConnectionsTheCodeUses))]
    public void Connection_HasNoConnectionStringSetting(string connection)
    {
        Assert.DoesNotContain(connection, compiled.AppSettings.Keys);
    }

    [Fact]
    public void AppSettings_HoldNoKeysOrConnectionStrings()
    {
        foreach (var (name, value) in compiled.AppSettings)
        {
            foreach (var secretMarker in new[] { "AccountKey=", "SharedAccessSignature=", "DefaultEndpointsProtocol=", "listKeys(", "sig=" })
            {
                Assert.False(value.Contains(secretMarker, StringComparison.OrdinalIgnoreCase), $"{name} contains '{secretMarker}'");
            }
        }
    }

    [Fact]
    public void Template_NeverReadsKeys()
    {
        Assert.DoesNotContain("listKeys(", compiled.Build.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listAccountSas(", compiled.Build.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ApplicationInsights_AuthenticatesWithTheAppIdentity()
    {
        var authentication = compiled.AppSettings.GetValueOrDefault("APPLICATIONINSIGHTS_AUTHENTICATION_STRING") ?? "";

        Assert.Contains("ClientId=", authentication, StringComparison.Ordinal);
        Assert.Contains("Authorization=AAD", authentication, StringComparison.Ordinal);
        var insights = compiled.Single("Microsoft.Insights/components");
        Assert.Equal(true, (bool?)insights.Properties?["DisableLocalAuth"]);
    }

    [Fact]
    public void AppSettings_LeaveTheRuntimeToFunctionAppConfig()
    {
        // Flex Consumption rejects these settings; the runtime is declared in functionAppConfig instead.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", compiled.AppSettings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", compiled.AppSettings.Keys);
    }

    private static string LookUp(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) ? value : $"(setting {name} is missing)";
}
