using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/ingestions?status&amp;limit&amp;cursor: what became of each uploaded blob.</summary>
public sealed class ListIngestions(IIngestionLog log)
{
    [Function(nameof(ListIngestions))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ingestions")] HttpRequest req,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            var page = ListQueries.Ingestions(req.Query);
            if (page.Problem is { } problem)
            {
                return problem.ToResult(req);
            }

            var result = await log.ListAsync(page.Value!.Status, page.Value.Limit, page.Value.Cursor, cancellationToken);
            return ApiResult.Json(StatusCodes.Status200OK, result, ApiJson.Options);
        });
}
