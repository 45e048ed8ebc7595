using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Articles.Extraction;
using Articles.Functions.Http;
using Articles.Storage;

namespace Articles.Functions.Tests.Hostile;

/// <summary>
/// Every regex the app builds must be safe on hostile text: NonBacktracking (linear time) or a match timeout.
/// Reflects over the static fields and properties (and [GeneratedRegex] methods) of the three assemblies.
/// </summary>
public sealed class RegexLimitsTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Assembly[] Assemblies = [typeof(ArticleExtractor).Assembly, typeof(ListQueries).Assembly, typeof(IArticleStore).Assembly];

    [Fact]
    public void EveryRegex_IsNonBacktrackingOrHasATimeout()
    {
        var found = AllRegexes().ToList();

        var unsafeOnes = found.Where(pair => !IsBounded(pair.Regex)).Select(pair => $"{pair.Where}: /{pair.Regex}/").ToList();

        Assert.True(found.Count > 50, $"only {found.Count} regexes found: the reflection is missing some");
        Assert.True(unsafeOnes.Count == 0, "unbounded regexes:\n" + string.Join("\n", unsafeOnes));
    }

    [Fact]
    public void TheCheck_CatchesAnUnboundedRegex()
    {
        Assert.False(IsBounded(new Regex("(a+)+$")));
        Assert.True(IsBounded(new Regex("(a+)+$", RegexOptions.None, TimeSpan.FromSeconds(1))));
        Assert.True(IsBounded(new Regex("(a+)+$", RegexOptions.NonBacktracking)));
    }

    private static bool IsBounded(Regex regex) =>
        regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    private static IEnumerable<(string Where, Regex Regex)> AllRegexes()
    {
        foreach (var type in Assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type => !type.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Static).Where(field => !field.IsLiteral && Readable(field.FieldType)))
            {
                foreach (var regex in Regexes(field.GetValue(null)))
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }

            foreach (var property in type.GetProperties(Static).Where(property => property.GetIndexParameters().Length == 0 && property.GetMethod is not null && Readable(property.PropertyType)))
            {
                foreach (var regex in Regexes(property.GetValue(null)))
                {
                    yield return ($"{type.FullName}.{property.Name}", regex);
                }
            }

            foreach (var method in type.GetMethods(Static).Where(method => method.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
            {
                yield return ($"{type.FullName}.{method.Name}()", (Regex)method.Invoke(null, null)!);
            }
        }
    }

    // Spans and pointers cannot be boxed; open generic holders cannot be read.
    private static bool Readable(Type type) => !type.IsByRefLike && !type.IsPointer && !type.ContainsGenericParameters;

    /// <summary>A regex, or the regexes in a collection (arrays, lists, dictionaries of them).</summary>
    private static IEnumerable<Regex> Regexes(object? value) => value switch
    {
        Regex regex => [regex],
        IDictionary dictionary => dictionary.Values.Cast<object?>().SelectMany(Regexes),
        IEnumerable items and not string => items.Cast<object?>().Take(10_000).SelectMany(Held),
        _ => Held(value),
    };

    /// <summary>Regexes one level inside an object: tuple items, or instance fields of rule objects held in static tables.</summary>
    private static IEnumerable<Regex> Held(object? item) => item switch
    {
        null or string => [],
        Regex regex => [regex],
        ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).OfType<Regex>(),
        _ when item.GetType().Assembly is var assembly && Assemblies.Contains(assembly) =>
            item.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(field => field.FieldType == typeof(Regex))
                .Select(field => field.GetValue(item)).OfType<Regex>(),
        _ => [],
    };
}
