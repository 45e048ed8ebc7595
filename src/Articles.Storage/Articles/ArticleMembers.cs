using Articles.Extraction.Model;
using Articles.Storage.Keys;

namespace Articles.Storage.Articles;

/// <summary>
/// The sources and officials an article is indexed and counted under: one per normalised name (first spelling
/// wins; the first role/affiliation given wins). Only named officials count: an anonymous "a U.S. official" is a
/// different person in every article. Names, roles and affiliations are cut to <see cref="TextCap.Default"/> chars.
/// </summary>
internal static class ArticleMembers
{
    public static IEnumerable<string> SourceNames(ArticleMetadata metadata) => Sources(metadata).Select(member => member.Name);

    public static IEnumerable<string> OfficialNames(ArticleMetadata metadata) => Officials(metadata).Select(member => member.Name);

    public static List<NamedMember> Sources(ArticleMetadata metadata)
    {
        var byKey = new Dictionary<string, NamedMember>(StringComparer.Ordinal);
        var order = new List<NamedMember>();
        foreach (var source in metadata.Sources)
        {
            var key = NameKey.For(source.Name);
            if (key is not null && !byKey.ContainsKey(key))
            {
                var member = new NamedMember(key, TextCap.Cut(source.Name.Trim())!, null, null);
                byKey[key] = member;
                order.Add(member);
            }
        }

        return order;
    }

    public static List<NamedMember> Officials(ArticleMetadata metadata)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<NamedMember>();
        foreach (var official in metadata.Officials.Where(official => official.Named))
        {
            var key = NameKey.For(official.Name);
            if (key is null)
            {
                continue;
            }

            if (byKey.TryGetValue(key, out var index))
            {
                var known = order[index];
                order[index] = known with { Role = known.Role ?? Blank(official.Role), Affiliation = known.Affiliation ?? Blank(official.Affiliation) };
            }
            else
            {
                byKey[key] = order.Count;
                order.Add(new NamedMember(key, TextCap.Cut(official.Name.Trim())!, Blank(official.Role), Blank(official.Affiliation)));
            }
        }

        return order;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextCap.Cut(text.Trim());
}

/// <param name="Key">The table key of the normalised name.</param>
/// <param name="Name">The spelling shown to clients.</param>
internal sealed record NamedMember(string Key, string Name, string? Role, string? Affiliation);
