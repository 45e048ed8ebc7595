using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/sources?limit&amp;cursor: every source with the number of articles citing it.</summary>
public sealed class ListSources(IArticleStore store)
{
    [Function(nameof(ListSources))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sources")] HttpRequest req,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            var page = ListQueries.Page(req.Query);
            if (page.Problem is { } problem)
            {
                return problem.ToResult(req);
            }

            var result = await store.ListSourcesAsync(page.Value!.Limit, page.Value.Cursor, cancellationToken);
            return ApiResult.Json(StatusCodes.Status200OK, result, ApiJson.Options);
        });
}
