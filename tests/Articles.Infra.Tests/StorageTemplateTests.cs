using Articles.Infra.Tests.Support;

namespace Articles.Infra.Tests;

/// <summary>The storage account is locked to Entra ID and holds every container and table the code names.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class StorageTemplateTests(CompiledTemplate compiled)
{
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string TableType = "Microsoft.Storage/storageAccounts/tableServices/tables";

    [Fact]
    public void StorageAccount_AllowsOnlyEntraIdOverTls12()
    {
        var account = compiled.Single("Microsoft.Storage/storageAccounts").Properties!;

        Assert.Equal(false, (bool?)account["allowSharedKeyAccess"]);
        Assert.Equal(false, (bool?)account["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.Equal(true, (bool?)account["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public void Containers_AreAllPrivate()
    {
        var containers = compiled.OfType(ContainerType).ToList();

        Assert.NotEmpty(containers);
        Assert.All(containers, container => Assert.Equal("None", (string?)container.Properties?["publicAccess"]));
    }

    [Fact]
    public void EveryContainerNamedInCode_IsCreated()
    {
        Assert.NotEmpty(StorageNamesInCode.Containers);
        Assert.All(StorageNamesInCode.Containers, name => Assert.Contains(name, CreatedNames(ContainerType)));
    }

    [Fact]
    public void EveryTableNamedInCode_IsCreated()
    {
        Assert.All(StorageNamesInCode.Tables, name => Assert.Contains(name, CreatedNames(TableType)));
    }

    [Fact]
    public void TablesForArticlesIndexesAndIngestions_AreCreated()
    {
        var tables = CreatedNames(TableType);

        Assert.Contains("Articles", tables);
        Assert.Contains("Sources", tables);
        Assert.Contains("Officials", tables);
        Assert.Contains("Ingestions", tables);
        Assert.All(tables, name => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", name));
    }

    [Fact]
    public void EveryBlobTriggerContainer_IsCreated()
    {
        foreach (var trigger in FunctionsMetadata.BlobTriggers)
        {
            Assert.Contains(trigger.Container ?? "(no path)", CreatedNames(ContainerType));
        }
    }

    [Fact]
    public void ArticleStorageConnection_IsTheIncomingContainersAccount()
    {
        // The blob trigger and the storage library share one connection: both must name the same account.
        Assert.All(FunctionsMetadata.BlobTriggers, trigger => Assert.Equal(StorageNamesInCode.Connection, trigger.Connection));
    }

    private HashSet<string> CreatedNames(string type) =>
        compiled.OfType(type).SelectMany(resource => resource.LeafNames).ToHashSet(StringComparer.Ordinal);
}
