using System.Reflection;
using Articles.Storage;

namespace Articles.Infra.Tests.Support;

/// <summary>The names src/Articles.Storage declares in <see cref="StorageNames"/>, read by reflection so new ones are checked too.</summary>
internal static class StorageNamesInCode
{
    public static IReadOnlyList<string> Containers => Named("Container");

    /// <summary>Table constants in StorageNames, plus the storage library's own table list when it has one.</summary>
    public static IReadOnlyList<string> Tables => Named("Table").Union(LibraryTableList()).ToList();

    public static string Connection => StorageNames.ConnectionSetting;

    private static IEnumerable<string> LibraryTableList() =>
        typeof(StorageNames).Assembly.GetType("Articles.Storage.Layout.TableNames")
            ?.GetProperty("All", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetValue(null) as IEnumerable<string> ?? [];

    /// <summary>Values of public string constants (or string arrays) whose member name contains <paramref name="kind"/>.</summary>
    private static List<string> Named(string kind) =>
        typeof(StorageNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.Name.Contains(kind, StringComparison.Ordinal))
            .SelectMany(field => field.GetValue(null) switch
            {
                string name => [name],
                IEnumerable<string> names => names,
                _ => [],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
