using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/ingestions/{blobName}: one upload's status (the name may contain '/').</summary>
public sealed class GetIngestion(IIngestionLog log)
{
    [Function(nameof(GetIngestion))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ingestions/{*blobName}")] HttpRequest req,
        string blobName,
        CancellationToken cancellationToken) =>
        StorageGuard.RunAsync(req, async () =>
        {
            if (RouteIds.CheckBlobName(blobName) is { } bad)
            {
                return bad.ToResult(req);
            }

            var record = await log.GetAsync(blobName, cancellationToken);
            return record is null
                ? ApiProblem.NotFound($"No upload named '{blobName}' has been seen.").ToResult(req)
                : ApiResult.Json(StatusCodes.Status200OK, record, ApiJson.Options);
        });
}
