using Articles.Functions.Tests.Support;
using Articles.LocalHost;
using Articles.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Articles.Functions.Tests.EndToEnd;

/// <summary>
/// The local host (the real function classes, routes from functions.metadata, the blob watcher) started in-process
/// on a free port over its own prefixed tables and containers in Azurite; tests talk to it over HTTP.
/// </summary>
public class LocalHostFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string Prefix { get; } = TestStorage.UniquePrefix();

    public HttpClient Client { get; private set; } = new();

    public ArticleStorageClients Clients => app!.Services.GetRequiredService<ArticleStorageClients>();

    public IServiceProvider Services => app!.Services;

    /// <summary>Settings of a particular host on top of the shared test settings.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    /// <summary>The page size limit the host runs with.</summary>
    public virtual long MaxHtmlBytes => AppFixture.MaxHtmlBytes;

    public async Task InitializeAsync()
    {
        var settings = TestStorage.Settings(Prefix, MaxHtmlBytes);
        settings["LocalHost:BlobPollInterval"] = "00:00:00.250";
        Configure(settings);
        app = LocalHostApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.Services.GetRequiredService<StorageInitializer>().DeleteAllAsync();
            await app.DisposeAsync();
        }
    }
}
