namespace Articles.Storage.Layout;

/// <summary>The actual table and container names: the base names with the configured prefixes.</summary>
public sealed class StorageLayout
{
    public StorageLayout(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TablePrefix = options.TablePrefix ?? "";
        ContainerPrefix = options.ContainerPrefix ?? "";
        if (!IsTablePrefix(TablePrefix))
        {
            throw new ArgumentException($"TablePrefix '{TablePrefix}' must be up to 20 ASCII letters and digits, starting with a letter.", nameof(options));
        }

        if (!IsContainerPrefix(ContainerPrefix))
        {
            throw new ArgumentException($"ContainerPrefix '{ContainerPrefix}' must be up to 20 lower-case letters, digits and single hyphens, starting with a letter or digit.", nameof(options));
        }
    }

    public string TablePrefix { get; }

    public string ContainerPrefix { get; }

    /// <summary>The real name of a table from <see cref="TableNames"/>.</summary>
    public string Table(string baseName) => TablePrefix + baseName;

    /// <summary>The real name of a container from <see cref="StorageNames"/>.</summary>
    public string Container(string baseName) => ContainerPrefix + baseName;

    public IEnumerable<string> Tables => TableNames.All.Select(Table);

    public IEnumerable<string> Containers =>
        new[] { StorageNames.IncomingContainer, StorageNames.RawContainer, StorageNames.RejectedContainer }.Select(Container);

    private static bool IsTablePrefix(string prefix) =>
        prefix.Length <= 20 && (prefix.Length == 0 || (char.IsAsciiLetter(prefix[0]) && prefix.All(char.IsAsciiLetterOrDigit)));

    private static bool IsContainerPrefix(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        if (prefix.Length > 20 || prefix[0] == '-' || prefix.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }
}
