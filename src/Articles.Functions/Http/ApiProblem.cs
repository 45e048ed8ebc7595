using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Articles.Functions.Http;

/// <summary>An RFC 9457 problem: the status, its standard title and a detail that says what exactly was wrong.</summary>
public sealed record ApiProblem(int Status, string Title, string Detail)
{
    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad Request", detail);

    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not Found", detail);

    public static ApiProblem TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, "Content Too Large", detail);

    public static ApiProblem UnsupportedMediaType(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", detail);

    public static ApiProblem NotHtml(string detail) => new(StatusCodes.Status422UnprocessableEntity, "Unprocessable Content", detail);

    /// <summary>Seconds a client should wait before trying a 503 again (sent as Retry-After).</summary>
    public const int RetryAfterSeconds = 5;

    public static ApiProblem Unavailable(string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", detail) { RetryAfter = RetryAfterSeconds };

    /// <summary>When set, the Retry-After header (seconds).</summary>
    public int? RetryAfter { get; init; }

    public IActionResult ToResult(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new ProblemBody("about:blank", Title, Status, Detail, request.PathBase + request.Path);
        return ApiResult.Json(Status, body, ApiJson.Options, ApiResult.ProblemContentType)
            .WithHeader("Retry-After", RetryAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed record ProblemBody(string Type, string Title, int Status, string Detail, string Instance);
}
