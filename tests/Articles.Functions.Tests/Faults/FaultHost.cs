using Articles.LocalHost;
using Articles.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Articles.Functions.Tests.Faults;

/// <summary>The local host in-process (real functions, routes, blob watcher) on the faulty storage, with its logs kept.</summary>
public sealed class FaultHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private FaultHost(WebApplication app, HttpClient client, CapturedLogs logs)
    {
        this.app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static async Task<FaultHost> StartAsync(FaultyStorage storage)
    {
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string?>
        {
            ["ArticleStorage"] = storage.AppConnectionString,
            ["ArticleStorageOptions:TablePrefix"] = storage.Prefix,
            ["ArticleStorageOptions:ContainerPrefix"] = storage.Prefix + "-",
            ["LocalHost:BlobPollInterval"] = "00:00:00.250",
        };
        var app = LocalHostApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        await app.Services.GetRequiredService<StorageInitializer>().InitializeAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FaultHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(100) }, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
