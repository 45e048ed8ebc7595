using Articles.Extraction;
using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/articles/{id}: the stored metadata with its ETag; If-None-Match → 304.</summary>
public sealed class GetArticle(IArticleStore store)
{
    [Function(nameof(GetArticle))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            if (RouteIds.CheckArticleId(id) is { } bad)
            {
                return bad.ToResult(req);
            }

            var article = await store.GetAsync(id, cancellationToken);
            if (article is null)
            {
                return RouteIds.ArticleNotFound(id).ToResult(req);
            }

            var etag = EntityTags.Format(article.ETag);
            return EntityTags.Matches(req, article.ETag)
                ? new ApiResult(StatusCodes.Status304NotModified).WithHeader("ETag", etag)
                : ApiResult.Json(StatusCodes.Status200OK, article.Metadata with { Id = id }, ArticleJson.Options).WithHeader("ETag", etag);
        });
}
