using Articles.Storage.Connection;
using Articles.Storage.Tests.Support;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Articles.Storage.Tests;

public sealed class SetupTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Health_is_good_against_azurite()
    {
        var report = await storage.Health.CheckAsync();

        Assert.True(report.Healthy, report.Detail);
        Assert.Equal("tables: ok; blobs: ok", report.Detail);
    }

    [Fact]
    public async Task Health_reports_missing_storage()
    {
        var layout = new Layout.StorageLayout(new StorageOptions { TablePrefix = TestStorage.UniquePrefix(), ContainerPrefix = "nothing-here-" });
        var clients = new ArticleStorageClients(new TableServiceClient(TestStorage.ConnectionString), new BlobServiceClient(TestStorage.ConnectionString), layout);

        var report = await new StorageHealth(clients).CheckAsync();

        Assert.False(report.Healthy);
        Assert.Contains("404", report.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_without_tables_fails_at_once_instead_of_retrying()
    {
        var layout = new Layout.StorageLayout(new StorageOptions { TablePrefix = TestStorage.UniquePrefix(), ContainerPrefix = "nothing-here-" });
        var clients = new ArticleStorageClients(new TableServiceClient(TestStorage.ConnectionString), new BlobServiceClient(TestStorage.ConnectionString), layout);
        var store = new TableArticleStore(clients, new StorageOptions { MaxAttempts = 1000 });

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => Sample.SaveAsync(store, Sample.Article("https://setup.example/x")));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Initializing_again_is_harmless()
    {
        await storage.Initializer.InitializeAsync();
        var tables = new List<string>();
        await foreach (var table in storage.Clients.Tables.QueryAsync(TableClient.CreateQueryFilter($"TableName ge {storage.Prefix} and TableName lt {storage.Prefix + "~"}")))
        {
            tables.Add(table.Name[storage.Prefix.Length..]);
        }

        Assert.Equal(Layout.TableNames.All.Order(), tables.Order());
        Assert.True(await storage.Clients.Container(StorageNames.IncomingContainer).ExistsAsync());
    }

    [Fact]
    public void A_missing_setting_names_the_setting_to_set()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddArticleStorage(configuration));

        Assert.Contains("ArticleStorage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_settings_give_service_uris_and_a_managed_identity()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ArticleStorage:accountName"] = "stnews",
            ["ArticleStorage:credential"] = "managedidentity",
            ["ArticleStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }).Build();

        var connection = StorageConnection.Read(configuration.GetSection("ArticleStorage"));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://stnews.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://stnews.table.core.windows.net"), connection.TableServiceUri);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(connection.CreateCredential());
    }

    [Fact]
    public void Explicit_service_uris_win_over_the_account_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ArticleStorage:accountName"] = "stnews",
            ["ArticleStorage:blobServiceUri"] = "https://blobs.example.net",
            ["ArticleStorage:tableServiceUri"] = "https://tables.example.net",
        }).Build();

        var services = new ServiceCollection().AddArticleStorage(configuration).BuildServiceProvider();
        var clients = services.GetRequiredService<ArticleStorageClients>();

        Assert.Equal("tables.example.net", clients.Tables.Uri.Host);
        Assert.Equal("blobs.example.net", clients.Blobs.Uri.Host);
    }
}
