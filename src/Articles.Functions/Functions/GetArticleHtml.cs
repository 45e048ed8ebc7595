using Articles.Functions.Http;
using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Articles.Functions.Functions;

/// <summary>GET /api/articles/{id}/html: the page's original bytes with the Content-Type they came with.</summary>
public sealed class GetArticleHtml(IArticleStore store)
{
    /// <summary>
    /// The stored page is someone else's HTML served from the API's own origin: opened in a browser it runs as an
    /// opaque origin with no scripts and loads nothing, so it can neither read the key in the address nor call the API.
    /// </summary>
    public const string SandboxPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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
                    .WithHeader("X-Content-Type-Options", "nosniff")
                    .WithHeader("Content-Security-Policy", SandboxPolicy);
        });
}
