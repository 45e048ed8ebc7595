using Articles.Extraction;
using Articles.Functions.Http;
using Articles.Functions.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>POST /api/extract: the same input as POST /api/articles; returns the metadata and stores nothing.</summary>
public sealed class Extract(ArticleRequestReader reader, ArticleIngestor ingestor)
{
    [Function(nameof(Extract))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "extract")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var input = await reader.ReadAsync(req, cancellationToken);
        return input.Problem is { } problem
            ? problem.ToResult(req)
            : ApiResult.Json(StatusCodes.Status200OK, ingestor.Extract(input.Value!), ArticleJson.Options);
    }
}
