namespace Articles.Functions.Tests.Support;

/// <summary>The Azurite ./test.sh starts for the whole run; the tests use real storage, never a fake.</summary>
internal static class TestStorage
{
    public const string Variable = "ARTICLES_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run ./test.sh, or `source scripts/azurite.sh; start_azurite` and " +
                $"export {Variable}=$AZURITE_CONNECTION_STRING.");

    /// <summary>Each test class gets its own tables and containers (a prefix of its own).</summary>
    public static string UniquePrefix() => "f" + Guid.NewGuid().ToString("N")[..10];

    public static Dictionary<string, string?> Settings(string prefix, long maxHtmlBytes) => new()
    {
        ["ArticleStorage"] = ConnectionString,
        ["ArticleStorageOptions:TablePrefix"] = prefix,
        ["ArticleStorageOptions:ContainerPrefix"] = prefix + "-",
        ["Articles:MaxHtmlBytes"] = maxHtmlBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // The tests compare the API's answers with the library's, which has no budget: a busy machine must not change them.
        ["Articles:ExtractionTimeBudget"] = "00:10:00",
    };
}
