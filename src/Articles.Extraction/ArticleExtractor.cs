using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Articles.Extraction.Attribution;
using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Authors;
using Articles.Extraction.Fields.Dates;
using Articles.Extraction.Fields.Headline;
using Articles.Extraction.Fields.Language;
using Articles.Extraction.Fields.Links;
using Articles.Extraction.Fields.Site;
using Articles.Extraction.Fields.Summary;
using Articles.Extraction.Model;
using Articles.Extraction.Page;

namespace Articles.Extraction;

/// <summary>Bytes in, <see cref="ArticleMetadata"/> out. Composes the field cascades; holds no rules itself.</summary>
public static class ArticleExtractor
{
    public const string Version = "0.1.0";

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    public static ArticleMetadata Extract(Stream html, ExtractionHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var buffer = new MemoryStream();
        html.CopyTo(buffer);
        return Extract(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), hints);
    }

    public static ArticleMetadata Extract(byte[] html, ExtractionHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(html.AsSpan(), hints);
    }

    public static ArticleMetadata Extract(ReadOnlySpan<byte> html, ExtractionHints? hints = null)
    {
        hints ??= ExtractionHints.None;
        var budget = new ExtractionBudget(hints.TimeBudget ?? Timeout.InfiniteTimeSpan);
        var decoded = HtmlDecoder.Decode(html, hints.ContentType);
        var limits = new List<string>();
        var markup = MarkupBounds.Apply(decoded.Text, MarkupBounds.MaxDepth, MarkupBounds.MaxElements, out var deepest, out var elements);
        if (deepest > MarkupBounds.MaxDepth)
        {
            limits.Add(string.Create(CultureInfo.InvariantCulture, $"elements nested {deepest} deep: tags below depth {MarkupBounds.MaxDepth} dropped"));
        }

        if (elements > MarkupBounds.MaxElements)
        {
            limits.Add(string.Create(CultureInfo.InvariantCulture, $"{elements} elements: tags after the first {MarkupBounds.MaxElements} dropped"));
        }

        var document = new HtmlParser(ParserOptions).ParseDocument(markup);
        try
        {
            var page = new PageContext(document, hints, decoded, budget);
            var provenance = new Dictionary<string, string> { ["charset"] = decoded.CharsetSource };

            T? Take<T>(FieldCascade<T> cascade) where T : class
            {
                var found = cascade.Run(page);
                if (found is null)
                {
                    return null;
                }

                provenance[cascade.Field] = found.Rule;
                return found.Value;
            }

            var language = Take(LanguageRules.Cascade);
            var site = Take(SiteRules.Cascade);
            var canonical = Take(CanonicalRules.Cascade) ?? hints.SourceUrl?.AbsoluteUri;
            var published = Take(PublishedRules.Cascade);
            var body = ArticleBodyExtractor.Extract(page);
            var pageUrl = Uri.TryCreate(canonical, UriKind.Absolute, out var u) ? u : hints.SourceUrl;
            var attribution = new AttributionContext(AttributionInput.Bound(body, limits), language, site, pageUrl);
            var sources = Optional(budget, "sources", () => SourceFinder.Find(attribution));
            var officials = Optional(budget, "officials", () => OfficialFinder.Find(attribution));
            foreach (var work in attribution.TimedOut)
            {
                budget.NoteTimeout(work);
            }

            var metadata = new ArticleMetadata
            {
                Url = canonical,
                Headline = Take(HeadlineRules.Cascade),
                Description = Take(DescriptionRules.Cascade),
                Language = language,
                Site = site,
                Section = Take(SectionRules.Cascade),
                Tags = Take(TagRules.Cascade) ?? [],
                Authors = Take(AuthorRules.Cascade) ?? [],
                Published = published?.Iso,
                PublishedRaw = published?.Raw,
                Modified = Take(ModifiedRules.Cascade)?.Iso,
                Image = Take(ImageRules.Cascade),
                Sources = sources,
                Officials = officials,
                Provenance = provenance,
                BodyText = body.Text,
            };

            if (budget.Skipped.Count > 0)
            {
                limits.Add(string.Create(CultureInfo.InvariantCulture, $"time budget of {budget.Limit.TotalSeconds:0.###} s spent: skipped {string.Join(", ", budget.Skipped)}"));
            }

            if (budget.TimedOut.Count > 0)
            {
                limits.Add($"patterns timed out: no answer from {string.Join(", ", budget.TimedOut)}");
            }

            if (limits.Count > 0)
            {
                provenance["limits"] = string.Join("; ", limits);
            }

            return metadata;
        }
        finally
        {
            // Values kept per document (text statistics) go with the page.
            DocumentCache.Forget(document);
        }
    }

    /// <summary>Work the page can do without: skipped when the budget is spent, empty when a pattern times out.</summary>
    private static IReadOnlyList<T> Optional<T>(ExtractionBudget budget, string work, Func<IReadOnlyList<T>> find)
    {
        if (!budget.Allows(work))
        {
            return [];
        }

        try
        {
            return find();
        }
        catch (RegexMatchTimeoutException)
        {
            budget.NoteTimeout(work);
            return [];
        }
    }
}
