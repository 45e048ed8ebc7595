using Articles.Functions.Http;
using Articles.Functions.ApiDocs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/openapi.json: the OpenAPI 3.0 description of every endpoint (OpenApi/openapi.json).</summary>
public sealed class OpenApi
{
    [Function(nameof(OpenApi))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req) =>
        new ApiResult(StatusCodes.Status200OK) { ContentType = ApiResult.JsonContentType, Body = OpenApiDocument.Utf8 };
}
