using Articles.Functions.Http;
using Articles.Functions.Ingestion;
using Articles.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Articles.Functions;

/// <summary>Everything the function classes need; shared by Program.cs and the local host.</summary>
public static class ArticlesAppServices
{
    public static IServiceCollection AddArticlesApp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddArticleStorage(configuration);
        services.AddHostedService<StorageStartup>();
        services.AddHostedService<ExtractorWarmup>();
        services.AddOptions<ArticleApiOptions>()
            .Bind(configuration.GetSection(ArticleApiOptions.Section))
            .Validate(options => options.MaxHtmlBytes is > 0 and <= int.MaxValue, "Articles:MaxHtmlBytes must be between 1 and 2147483647.")
            .Validate(options => options.ExtractionTimeBudget >= TimeSpan.Zero, "Articles:ExtractionTimeBudget must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleRequestReader>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<BlobIngestionProcessor>();
        return services;
    }
}
