using Articles.Extraction.Model;

namespace Articles.Cli.Eval;

/// <summary>
/// Scores one extracted page against its gold line with the corpus rules. A field is scored only when its gold value
/// is not null; a page that could not be extracted is scored as if every field came back empty.
/// </summary>
internal static class PageScorer
{
    public static List<FieldOutcome> Score(GoldRecord gold, ArticleMetadata? got)
    {
        got ??= new ArticleMetadata();
        var outcomes = new List<FieldOutcome>();

        if (gold.Headline is not null)
        {
            var correct = TextNormalizer.Fold(gold.Headline) == TextNormalizer.Fold(got.Headline);
            outcomes.Add(FieldOutcome.Check("headline", correct, gold.Headline, got.Headline) with { Rule = RuleOf(got, "headline") });
        }

        AddDate(outcomes, "published", gold.Published, got.Published, RuleOf(got, "published"));
        AddDate(outcomes, "modified", gold.Modified, got.Modified, RuleOf(got, "modified"));

        if (gold.Language is not null)
        {
            var correct = PrimaryLanguage(gold.Language) == PrimaryLanguage(got.Language);
            outcomes.Add(FieldOutcome.Check("language", correct, gold.Language, got.Language) with { Rule = RuleOf(got, "language") });
        }

        if (gold.Site is not null)
        {
            var correct = TextNormalizer.Key(gold.Site) == TextNormalizer.Key(got.Site);
            outcomes.Add(FieldOutcome.Check("site", correct, gold.Site, got.Site) with { Rule = RuleOf(got, "site") });
        }

        if (gold.Canonical is not null)
        {
            var correct = UrlComparer.Same(gold.Canonical, got.Url);
            outcomes.Add(FieldOutcome.Check("canonical", correct, gold.Canonical, got.Url) with { Rule = RuleOf(got, "url") });
        }

        if (gold.Authors is not null)
        {
            var match = NameSetMatcher.Match(got.Authors, gold.Authors.Select(a => new GoldName(a, [])).ToList());
            outcomes.Add(SetOutcome("authors", match) with { Rule = RuleOf(got, "authors") });
        }

        if (gold.Sources is not null)
        {
            var match = NameSetMatcher.Match(got.Sources.Select(s => s.Name).ToList(), gold.Sources);
            outcomes.Add(SetOutcome("sources", match));
        }

        if (gold.Officials is not null)
        {
            OfficialScorer.Add(outcomes, gold, got);
        }

        if (gold.Quotes is not null)
        {
            QuoteScorer.Add(outcomes, gold, got);
        }

        return outcomes;
    }

    public static FieldOutcome SetOutcome(string field, NameMatch match) =>
        new(field) { Set = match.Score, Missing = match.Missing, Extra = match.Extra };

    private static void AddDate(List<FieldOutcome> outcomes, string field, string? goldText, string? got, string? rule)
    {
        if (goldText is null)
        {
            return;
        }

        var gold = IsoDate.Parse(goldText);
        if (gold is null)
        {
            // An unreadable gold date is a corpus error; it is scored as a miss so it shows up in --details.
            outcomes.Add(FieldOutcome.Check(field + ".day", false, goldText, got) with { Rule = rule });
            return;
        }

        outcomes.Add(FieldOutcome.Check(field + ".day", DateScorer.SameDay(gold, got), goldText, got) with { Rule = rule });
        if (gold.HasTime)
        {
            outcomes.Add(FieldOutcome.Check(field + ".minute", DateScorer.SameMinute(gold, got), goldText, got) with { Rule = rule });
        }
    }

    /// <summary>Languages compare on the primary subtag, case-insensitively ("uk-UA" counts as "uk").</summary>
    private static string? PrimaryLanguage(string? tag) =>
        tag?.Trim().Split('-', '_')[0].ToLowerInvariant() is { Length: > 0 } primary ? primary : null;

    private static string? RuleOf(ArticleMetadata got, string field) =>
        got.Provenance.TryGetValue(field, out var rule) ? rule : null;
}
