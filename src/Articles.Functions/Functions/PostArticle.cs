using Articles.Extraction;
using Articles.Functions.Http;
using Articles.Functions.Ingestion;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>POST /api/articles: extract and store a page; 201 + Location when new, 200 when it already existed.</summary>
public sealed class PostArticle(ArticleRequestReader reader, ArticleIngestor ingestor)
{
    [Function(nameof(PostArticle))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "articles")] HttpRequest req,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            var input = await reader.ReadAsync(req, cancellationToken);
            if (input.Problem is { } problem)
            {
                return problem.ToResult(req);
            }

            var outcome = await ingestor.SaveAsync(input.Value!, cancellationToken);
            var created = outcome.Result == SaveResult.Created;
            return ApiResult.Json(created ? StatusCodes.Status201Created : StatusCodes.Status200OK, outcome.Metadata, ArticleJson.Options)
                .WithHeader("ETag", EntityTags.Format(outcome.ETag))
                .WithHeader("Location", created ? $"/api/articles/{outcome.Id}" : null);
        });
}
