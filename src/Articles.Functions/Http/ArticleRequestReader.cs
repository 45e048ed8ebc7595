using Articles.Functions.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Articles.Functions.Http;

/// <summary>
/// Reads the page of POST /api/articles and /api/extract: text/html (charset from the header or the page) or
/// application/json {"html","url"}, an optional ?url=, within the size limit, and only if it looks like HTML.
/// </summary>
public sealed class ArticleRequestReader(IOptions<ArticleApiOptions> options)
{
    private const string Accepted = "send text/html (with a charset) or application/json {\"html\": \"...\", \"url\": \"...\"}";

    public async Task<Parsed<ArticleInput>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxHtmlBytes;
        if (string.IsNullOrWhiteSpace(request.ContentType) || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return Fail(ApiProblem.UnsupportedMediaType($"The Content-Type header is missing or malformed: {Accepted}."));
        }

        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        var isHtml = mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isHtml)
        {
            return Fail(ApiProblem.UnsupportedMediaType($"Content-Type '{mediaType.MediaType}' is not supported: {Accepted}."));
        }

        if (mediaType.Charset.HasValue && !(isJson ? IsUtf8(mediaType.Charset.Value!) : Charsets.IsKnown(mediaType.Charset.Value!)))
        {
            return Fail(ApiProblem.UnsupportedMediaType(isJson
                ? $"JSON must be UTF-8; charset '{mediaType.Charset}' is not supported."
                : $"The charset '{mediaType.Charset}' is unknown."));
        }

        if (request.ContentLength > limit)
        {
            return Fail(TooLarge(limit, $"The body is {request.ContentLength} bytes"));
        }

        byte[]? body;
        try
        {
            body = await BodyReader.ReadAsync(request.Body, limit, request.ContentLength, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // The server refused the body itself: it ended before its Content-Length, or arrived too slowly.
            return Fail(new ApiProblem(e.StatusCode, ReasonPhrases.GetReasonPhrase(e.StatusCode), $"The request body could not be read: {e.Message}"));
        }

        if (body is null)
        {
            return Fail(TooLarge(limit, "The body is larger than that"));
        }

        if (body.Length == 0)
        {
            return Fail(ApiProblem.BadRequest("The request body is empty: send the page's HTML."));
        }

        var (html, contentType, urlText) = (body, request.ContentType!, (string?)null);
        if (isJson)
        {
            if (JsonSubmission.TryRead(body, out html, out urlText) is { } jsonProblem)
            {
                return Fail(jsonProblem);
            }

            contentType = JsonSubmission.HtmlContentType;
        }

        return Complete(request, html, contentType, urlText, limit);
    }

    private static Parsed<ArticleInput> Complete(HttpRequest request, byte[] html, string contentType, string? urlText, long limit)
    {
        var queryUrl = request.Query["url"];
        if (queryUrl.Count > 1)
        {
            return Fail(ApiProblem.BadRequest("The query parameter 'url' is given more than once."));
        }

        var (origin, text) = urlText is null ? ("query parameter 'url'", queryUrl.ToString()) : ("JSON property \"url\"", urlText);
        if (SubmittedUrl.Check(text, origin, out var url) is { } urlProblem)
        {
            return Fail(ApiProblem.BadRequest(urlProblem));
        }

        if (html.Length > limit)
        {
            return Fail(TooLarge(limit, $"The HTML is {html.Length} bytes"));
        }

        return HtmlSniffer.WhyNotHtml(html) is { } reason
            ? Fail(ApiProblem.NotHtml(reason))
            : Parsed.Ok(new ArticleInput(html, contentType, url));
    }

    private static bool IsUtf8(string charset) =>
        charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static ApiProblem TooLarge(long limit, string what) =>
        ApiProblem.TooLarge($"{what}; the limit is {limit} bytes ({limit / (1024.0 * 1024):0.#} MB).");

    private static Parsed<ArticleInput> Fail(ApiProblem problem) => Parsed.Fail<ArticleInput>(problem);
}
