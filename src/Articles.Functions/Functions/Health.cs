using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/health: 200 when tables and blobs answer, 503 (with what failed) when not. Anonymous.</summary>
public sealed class Health(IStorageHealth health)
{
    [Function(nameof(Health))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        var status = report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return ApiResult.Json(status, new HealthBody(report.Healthy ? "healthy" : "unhealthy", report.Detail), ApiJson.Options)
            .WithHeader("Cache-Control", "no-store");
    }

    private sealed record HealthBody(string Status, string Detail);
}
