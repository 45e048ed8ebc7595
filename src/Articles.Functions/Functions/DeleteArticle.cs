using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>DELETE /api/articles/{id}: removes the article, its index rows and its raw blob; 204, or 404.</summary>
public sealed class DeleteArticle(IArticleStore store)
{
    [Function(nameof(DeleteArticle))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "articles/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            if (RouteIds.CheckArticleId(id) is { } bad)
            {
                return bad.ToResult(req);
            }

            return await store.DeleteAsync(id, cancellationToken)
                ? ApiResult.NoContent()
                : RouteIds.ArticleNotFound(id).ToResult(req);
        });
}
