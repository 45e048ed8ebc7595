using Articles.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Articles.Functions.Tests.Support;

/// <summary>
/// The app's services exactly as Program.cs registers them (<c>AddArticlesApp</c>), over uniquely prefixed tables
/// and containers in Azurite; the function classes are created from it like the worker creates them.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    /// <summary>Smaller than the 5 MB default so the 413 tests send little.</summary>
    public const long MaxHtmlBytes = 64 * 1024;

    private readonly ServiceProvider services;

    public AppFixture()
    {
        Prefix = TestStorage.UniquePrefix();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestStorage.Settings(Prefix, MaxHtmlBytes)).Build();
        services = new ServiceCollection().AddLogging().AddArticlesApp(configuration).BuildServiceProvider();
    }

    public string Prefix { get; }

    public IServiceProvider Services => services;

    public IArticleStore Store => services.GetRequiredService<IArticleStore>();

    public IIngestionLog Log => services.GetRequiredService<IIngestionLog>();

    public ArticleStorageClients Clients => services.GetRequiredService<ArticleStorageClients>();

    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(services);

    /// <summary>Creates the storage, and warms the extractor up as the app's hosted service does before the first request.</summary>
    public async Task InitializeAsync()
    {
        await services.GetRequiredService<StorageInitializer>().InitializeAsync();
        await new ExtractorWarmup().StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await services.GetRequiredService<StorageInitializer>().DeleteAllAsync();
        await services.DisposeAsync();
    }
}
