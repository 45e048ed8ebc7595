using Articles.Storage.Connection;
using Articles.Storage.Layout;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Articles.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store, the ingestion log, the health check and the initializer over the one
    /// <c>ArticleStorage</c> connection setting (named Azure clients "ArticleStorage" via Microsoft.Extensions.Azure).
    /// Layout options come from the <c>ArticleStorageOptions</c> section, then <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddArticleStorage(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = StorageConnection.Read(configuration.GetSection(StorageNames.ConnectionSetting));

        var section = configuration.GetSection(StorageOptions.SectionName);
        var options = services.AddOptions<StorageOptions>().Configure(bound => section.Bind(bound));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddAzureClients(builder =>
        {
            builder.ConfigureDefaults((clientOptions, provider) => ApplyRetries(clientOptions, provider.GetRequiredService<IOptions<StorageOptions>>().Value));
            if (connection.UsesIdentity)
            {
                builder.UseCredential(_ => connection.CreateCredential());
                builder.AddClient<TableServiceClient, TableClientOptions>((clientOptions, credential) => connection.CreateTableClient(clientOptions, credential))
                    .WithName(StorageNames.ConnectionSetting);
                builder.AddClient<BlobServiceClient, BlobClientOptions>((clientOptions, credential) => connection.CreateBlobClient(clientOptions, credential))
                    .WithName(StorageNames.ConnectionSetting);
            }
            else
            {
                builder.AddClient<TableServiceClient, TableClientOptions>(clientOptions => connection.CreateTableClient(clientOptions, null))
                    .WithName(StorageNames.ConnectionSetting);
                builder.AddClient<BlobServiceClient, BlobClientOptions>(clientOptions => connection.CreateBlobClient(clientOptions, null))
                    .WithName(StorageNames.ConnectionSetting);
            }
        });

        services.AddSingleton(provider => new StorageLayout(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(provider => new ArticleStorageClients(
            provider.GetRequiredService<IAzureClientFactory<TableServiceClient>>().CreateClient(StorageNames.ConnectionSetting),
            provider.GetRequiredService<IAzureClientFactory<BlobServiceClient>>().CreateClient(StorageNames.ConnectionSetting),
            provider.GetRequiredService<StorageLayout>()));
        services.AddSingleton<IArticleStore>(provider => new TableArticleStore(
            provider.GetRequiredService<ArticleStorageClients>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IIngestionLog>(provider => new TableIngestionLog(provider.GetRequiredService<ArticleStorageClients>()));
        services.AddSingleton<IStorageHealth>(provider => new StorageHealth(provider.GetRequiredService<ArticleStorageClients>()));
        services.AddSingleton(provider => new StorageInitializer(provider.GetRequiredService<ArticleStorageClients>()));
        return services;
    }

    private static void ApplyRetries(Azure.Core.ClientOptions clientOptions, StorageOptions options)
    {
        clientOptions.Retry.Mode = Azure.Core.RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = Math.Max(0, options.RequestRetries);
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
    }
}
