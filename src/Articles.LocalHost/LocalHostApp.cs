using Articles.Functions;

namespace Articles.LocalHost;

/// <summary>
/// The Functions app without the Functions host: the real function classes of Articles.Functions, registered exactly
/// as Program.cs registers them, served by Kestrel on the routes functions.metadata declares.
/// </summary>
public static class LocalHostApp
{
    public const string DefaultUrl = "http://localhost:7071";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root = the output folder, so appsettings.json is found whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        var catalog = FunctionCatalog.LoadDefault();
        builder.Services.AddArticlesApp(builder.Configuration);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddOptions<LocalHostOptions>().Bind(builder.Configuration.GetSection(LocalHostOptions.Section));
        builder.Services.AddHostedService<BlobTriggerWatcher>();

        var app = builder.Build();
        var prefix = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LocalHostOptions>>().Value.RoutePrefix;
        app.MapFunctions(catalog, prefix);
        return app;
    }
}
