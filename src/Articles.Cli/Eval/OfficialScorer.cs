using Articles.Extraction.Model;

namespace Articles.Cli.Eval;

/// <summary>
/// Officials as a name set over our <c>named: true</c> officials (anonymous speakers are scored with the quotes).
/// A named person who is a gold quote speaker but not a gold official (an expert, a journalist) costs nothing.
/// Each matched pair also checks role and affiliation (exact after folding, case-insensitive) where gold gives them.
/// </summary>
internal static class OfficialScorer
{
    public static void Add(List<FieldOutcome> outcomes, GoldRecord gold, ArticleMetadata got)
    {
        var goldOfficials = gold.Officials ?? [];
        var named = got.Officials.Where(o => o.Named).ToList();
        // Quoted people who are not gold officials; a second spelling of a gold official stays a false positive.
        var officialSpellings = goldOfficials.SelectMany(o => o.Name.Spellings).Select(TextNormalizer.Key).ToHashSet(StringComparer.Ordinal);
        var quotedPeople = (gold.Quotes ?? [])
            .Where(q => q.Named != false)
            .Select(q => TextNormalizer.Key(q.Speaker))
            .Where(speaker => !officialSpellings.Contains(speaker))
            .ToHashSet(StringComparer.Ordinal);
        var match = NameSetMatcher.Match(named.Select(o => o.Name).ToList(), goldOfficials.Select(o => o.Name).ToList(), quotedPeople);
        outcomes.Add(PageScorer.SetOutcome("officials", match));

        var pairs = named.Select((official, p) => (official, gold: match.GoldOf[p] >= 0 ? goldOfficials[match.GoldOf[p]] : null))
            .Where(pair => pair.gold is not null)
            .Select(pair => (pair.official, gold: pair.gold!))
            .ToList();
        AddAttribute(outcomes, "officials.role", pairs.Select(p => (p.gold.Name.Name, p.gold.Role, p.official.Role)));
        AddAttribute(outcomes, "officials.affiliation", pairs.Select(p => (p.gold.Name.Name, p.gold.Affiliation, p.official.Affiliation)));
    }

    private static void AddAttribute(List<FieldOutcome> outcomes, string field, IEnumerable<(string Who, string? Gold, string? Got)> pairs)
    {
        foreach (var (who, gold, got) in pairs.Where(p => p.Gold is not null))
        {
            var correct = TextNormalizer.Key(gold) == TextNormalizer.Key(got);
            outcomes.Add(FieldOutcome.Check(field, correct, gold, got) with { Subject = who });
        }
    }
}
