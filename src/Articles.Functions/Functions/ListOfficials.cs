using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/officials?limit&amp;cursor: every official with the number of articles citing it.</summary>
public sealed class ListOfficials(IArticleStore store)
{
    [Function(nameof(ListOfficials))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "officials")] HttpRequest req,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            var page = ListQueries.Page(req.Query);
            if (page.Problem is { } problem)
            {
                return problem.ToResult(req);
            }

            var result = await store.ListOfficialsAsync(page.Value!.Limit, page.Value.Cursor, cancellationToken);
            return ApiResult.Json(StatusCodes.Status200OK, result, ApiJson.Options);
        });
}
