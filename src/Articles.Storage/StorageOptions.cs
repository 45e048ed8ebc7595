namespace Articles.Storage;

/// <summary>
/// Layout knobs, bound from the configuration section <see cref="SectionName"/>. The connection itself is the
/// separate <see cref="StorageNames.ConnectionSetting"/> setting. Prefixes let tests use unique names per run.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "ArticleStorageOptions";

    /// <summary>Put in front of every table name: letters and digits, starting with a letter (e.g. <c>t3f9a</c>).</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>Put in front of every container name: lower-case letters, digits and single hyphens (e.g. <c>t3f9a-</c>).</summary>
    public string ContainerPrefix { get; set; } = "";

    /// <summary>How often a save or delete re-reads and tries again when a concurrent writer got in first.</summary>
    public int MaxAttempts { get; set; } = 40;

    /// <summary>
    /// Retries of one storage request by the Azure SDK (connection refused, 5xx, 408/429). Kept short so that an
    /// HTTP client gets a 503 with Retry-After within seconds during an outage; ingestion retries per blob.
    /// </summary>
    public int RequestRetries { get; set; } = 3;

    /// <summary>The first pause of the SDK's exponential back-off (0.2 s, 0.4 s, 0.8 s … up to <see cref="MaxRetryDelay"/>).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one storage request may take before it counts as failed (the SDK default is 100 s).</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
