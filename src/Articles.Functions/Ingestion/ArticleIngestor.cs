using Articles.Extraction;
using Articles.Extraction.Model;
using Articles.Functions.Input;
using Articles.Storage;
using Microsoft.Extensions.Options;

namespace Articles.Functions.Ingestion;

/// <summary>Extracts a page (with "now" as the reference time) and, when asked, stores it.</summary>
public sealed class ArticleIngestor(IArticleStore store, TimeProvider clock, IOptions<ArticleApiOptions> options)
{
    public ArticleMetadata Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var hints = new ExtractionHints(input.ContentType, input.Url, clock.GetUtcNow(), options.Value.ExtractionTimeBudget);
        return ArticleExtractor.Extract(input.Html, hints);
    }

    public Task<SaveOutcome> SaveAsync(ArticleInput input, CancellationToken cancellationToken) =>
        SaveAsync(input, Extract(input), cancellationToken);

    public async Task<SaveOutcome> SaveAsync(ArticleInput input, ArticleMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = new ArticleSubmission(input.Html, input.ContentType, input.Url?.AbsoluteUri);
        var outcome = await store.SaveAsync(submission, metadata, cancellationToken).ConfigureAwait(false);
        return outcome with { Metadata = outcome.Metadata with { Id = outcome.Id } };
    }
}
