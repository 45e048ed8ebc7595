using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/articles?from&amp;to&amp;source&amp;official&amp;language&amp;limit&amp;cursor: summaries, newest first.</summary>
public sealed class ListArticles(IArticleStore store)
{
    [Function(nameof(ListArticles))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles")] HttpRequest req,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            var query = ListQueries.Articles(req.Query);
            if (query.Problem is { } problem)
            {
                return problem.ToResult(req);
            }

            var page = await store.ListAsync(query.Value!, cancellationToken);
            return ApiResult.Json(StatusCodes.Status200OK, page, ApiJson.Options);
        });
}
