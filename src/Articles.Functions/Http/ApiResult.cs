using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Articles.Functions.Http;

/// <summary>
/// A response written straight to <see cref="HttpResponse"/>: needs no MVC formatters, so the Functions host and the
/// local host execute it the same way.
/// </summary>
public sealed class ApiResult(int statusCode) : IActionResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);

    public int StatusCode { get; } = statusCode;

    public string? ContentType { get; init; }

    public ReadOnlyMemory<byte> Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers => headers;

    public static ApiResult Json<T>(int statusCode, T value, JsonSerializerOptions options, string contentType = JsonContentType) =>
        new(statusCode) { ContentType = contentType, Body = JsonSerializer.SerializeToUtf8Bytes(value, options) };

    public static ApiResult NoContent() => new(StatusCodes.Status204NoContent);

    public ApiResult WithHeader(string name, string? value)
    {
        if (value is not null)
        {
            headers[name] = value;
        }

        return this;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        if (ContentType is not null)
        {
            response.ContentType = ContentType;
            response.ContentLength = Body.Length;
            await response.Body.WriteAsync(Body, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
