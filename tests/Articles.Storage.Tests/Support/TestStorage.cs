namespace Articles.Storage.Tests.Support;

/// <summary>The Azurite that ./test.sh starts; these tests never mock storage.</summary>
internal static class TestStorage
{
    public const string Variable = "ARTICLES_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run ./test.sh (it starts a private Azurite and sets it), or start Azurite " +
                $"yourself (source scripts/azurite.sh; start_azurite) and export {Variable}=$AZURITE_CONNECTION_STRING.");

    /// <summary>A fresh prefix so every test class gets its own tables and containers.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}
