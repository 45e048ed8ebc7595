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
}
