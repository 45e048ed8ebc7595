using Articles.Infra.Tests.Support;

namespace Articles.Infra.Tests;

/// <summary>The app runs .NET 10 isolated on Flex Consumption as its own identity, with only the data roles it needs.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class FunctionAppTemplateTests(CompiledTemplate compiled)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public void Plan_IsFlexConsumption()
    {
        var sku = compiled.Single("Microsoft.Web/serverfarms").Json["sku"]!;

        Assert.Equal("FC1", (string?)sku["name"]);
        Assert.Equal("FlexConsumption", (string?)sku["tier"]);
    }

    [Fact]
    public void App_RunsDotnetIsolated10()
    {
        var runtime = FunctionAppConfig()["runtime"]!;

        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void App_ScaleLimitsComeFromParameters()
    {
        var scale = FunctionAppConfig()["scaleAndConcurrency"]!;

        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)scale["maximumInstanceCount"]);
        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)scale["instanceMemoryMB"]);
    }

    [Fact]
    public void DeploymentPackage_IsReadWithTheUserAssignedIdentity()
    {
        var storage = FunctionAppConfig()["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Null(storage["authentication"]!["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void App_AllowsNoCrossOriginCallers()
    {
        // docs/security.md: the API is for back-end clients with a key; no CORS origins, so browsers refuse cross-origin calls.
        var siteConfig = compiled.Single("Microsoft.Web/sites").Properties!["siteConfig"]!;

        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Null(siteConfig["cors"]);
    }

    [Fact]
    public void App_RunsAsAUserAssignedIdentityOverHttpsOnly()
    {
        var app = compiled.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", (string?)app.Json["identity"]!["type"]);
        Assert.Equal(true, (bool?)app.Properties!["httpsOnly"]);
    }

    [Fact]
    public void AppIdentity_HoldsTheDataRolesItNeeds()
    {
        var identityRoles = compiled.OfType("Microsoft.Authorization/roleAssignments")
            .Where(assignment => ((string?)assignment.Properties!["principalId"] ?? "").Contains("userAssignedIdentities", StringComparison.Ordinal))
            .SelectMany(RoleIds)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains(StorageBlobDataOwner, identityRoles);
        Assert.Contains(StorageQueueDataContributor, identityRoles);
        Assert.Contains(StorageTableDataContributor, identityRoles);
        Assert.Contains(MonitoringMetricsPublisher, identityRoles);
    }

    [Fact]
    public void Uploader_MayWriteOnlyTheIncomingContainer()
    {
        var uploader = Assert.Single(compiled.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => ((string?)assignment.Properties!["principalId"] ?? "").Contains("uploaderPrincipalId", StringComparison.Ordinal));

        Assert.Equal([StorageBlobDataContributor], RoleIds(uploader));
        Assert.Contains("blobServices/containers", (string?)uploader.Json["scope"] ?? "", StringComparison.Ordinal);
    }

    private System.Text.Json.Nodes.JsonNode FunctionAppConfig() =>
        compiled.Single("Microsoft.Web/sites").Properties!["functionAppConfig"]!;

    /// <summary>subscriptionResourceId('Microsoft.Authorization/roleDefinitions', id) → the literal role ids.</summary>
    private static IReadOnlyList<string> RoleIds(ArmResource assignment) =>
        assignment.Template.ValuesOf(ArmExpression.Arguments((string?)assignment.Properties!["roleDefinitionId"] ?? "")[^1]);
}
