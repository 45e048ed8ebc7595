using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Articles.Storage.Tests.Support;

/// <summary>
/// One set of uniquely prefixed tables and containers in Azurite per test class, wired the way the app wires it
/// (<c>AddArticleStorage</c>); removed again afterwards.
/// </summary>
public sealed class StorageFixture : IAsyncLifetime
{
    private readonly ServiceProvider services;

    public StorageFixture()
    {
        Prefix = TestStorage.UniquePrefix();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageNames.ConnectionSetting] = TestStorage.ConnectionString,
                [$"{StorageOptions.SectionName}:TablePrefix"] = Prefix,
                [$"{StorageOptions.SectionName}:ContainerPrefix"] = Prefix + "-",
            })
            .Build();
        services = new ServiceCollection().AddArticleStorage(configuration).BuildServiceProvider();
    }

    public string Prefix { get; }

    public IArticleStore Store => services.GetRequiredService<IArticleStore>();

    public IIngestionLog Log => services.GetRequiredService<IIngestionLog>();

    public IStorageHealth Health => services.GetRequiredService<IStorageHealth>();

    public ArticleStorageClients Clients => services.GetRequiredService<ArticleStorageClients>();

    public StorageInitializer Initializer => services.GetRequiredService<StorageInitializer>();

    public TableClient Table(string baseName) => Clients.Table(baseName);

    public async Task<List<TableEntity>> RowsAsync(string baseName, FormattableString? filter = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table(baseName).QueryAsync<TableEntity>(filter is null ? null : TableClient.CreateQueryFilter(filter)))
        {
            rows.Add(row);
        }

        return rows;
    }

    public Task InitializeAsync() => Initializer.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Initializer.DeleteAllAsync();
        await services.DisposeAsync();
    }
}
