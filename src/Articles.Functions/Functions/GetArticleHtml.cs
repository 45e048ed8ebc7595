using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/articles/{id}/html: the page's original bytes with the Content-Type they came with.</summary>
public sealed class GetArticleHtml(IArticleStore store)
{
    [Function(nameof(GetArticleHtml))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles/{id}/html")] HttpRequest req,
        string id,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            if (RouteIds.CheckArticleId(id) is { } bad)
            {
                return bad.ToResult(req);
            }

            var html = await store.GetHtmlAsync(id, cancellationToken);
            return html is null
                ? RouteIds.ArticleNotFound(id).ToResult(req)
                : new ApiResult(StatusCodes.Status200OK) { ContentType = html.ContentType, Body = html.Bytes }
                    .WithHeader("X-Content-Type-Options", "nosniff");
        });
}
