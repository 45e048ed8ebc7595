namespace Articles.LocalHost;

/// <summary>Settings under <c>LocalHost:</c>.</summary>
internal sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    public TimeSpan BlobPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Like host.json's poisonBlobThreshold: failures after which a blob is left alone until it changes.</summary>
    public int MaxBlobAttempts { get; set; } = 5;

    /// <summary>host.json's extensions.http.routePrefix; "api" like the Functions host.</summary>
    public string RoutePrefix { get; set; } = "api";
}
