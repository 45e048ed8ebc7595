using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Articles.Functions.Tests.Support;

/// <summary>A real <see cref="DefaultHttpContext"/> for calling a function class directly, and its response.</summary>
internal static class HttpCall
{
    public static HttpRequest Request(
        IServiceProvider services,
        string method,
        string path,
        string query = "",
        string? contentType = null,
        byte[]? body = null,
        params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body ?? []);
        context.Request.ContentLength = body?.Length;
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static HttpRequest Html(IServiceProvider services, byte[] html, string query = "") =>
        Request(services, "POST", "/api/articles", query, "text/html", html);

    public static HttpRequest Json(IServiceProvider services, string json) =>
        Request(services, "POST", "/api/articles", "", "application/json", Encoding.UTF8.GetBytes(json));

    public static async Task<Reply> RunAsync(HttpRequest request, Task<IActionResult> function)
    {
        var result = await function;
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var headers = context.Response.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new Reply(context.Response.StatusCode, context.Response.ContentType, headers, ((MemoryStream)context.Response.Body).ToArray());
    }
}
