using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Articles.Functions.Functions;
using Articles.Functions.Tests.EndToEnd;
using Articles.Functions.Tests.Support;

namespace Articles.Functions.Tests.Security;

/// <summary>The claims of docs/security.md that code can check: no outbound HTTP, no CORS, stored HTML sandboxed.</summary>
public sealed class SecurityTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    /// <summary>Types whose use would let the app fetch a URL (SSRF): HTTP clients, sockets, AngleSharp's loaders.</summary>
    private static readonly HashSet<string> Fetchers =
    [
        "System.Net.Http.HttpClient", "System.Net.Http.HttpMessageInvoker", "System.Net.Http.HttpClientHandler",
        "System.Net.Http.SocketsHttpHandler", "System.Net.Http.IHttpClientFactory", "System.Net.WebClient",
        "System.Net.WebRequest", "System.Net.HttpWebRequest", "System.Net.Sockets.Socket", "System.Net.Sockets.TcpClient",
        "System.Net.Sockets.UdpClient", "AngleSharp.BrowsingContext", "AngleSharp.Io.DefaultHttpRequester",
        "AngleSharp.Io.IRequester", "AngleSharp.Io.LoaderOptions",
    ];

    private static readonly HashSet<string> FetchingMembers = ["WithDefaultLoader", "WithRequester", "WithRequesters"];

    [Fact]
    public void NoProjectThatHandlesPages_CanMakeHttpRequests()
    {
        foreach (var assembly in new[] { typeof(Extraction.ArticleExtractor).Assembly, typeof(PostArticle).Assembly, typeof(Storage.IArticleStore).Assembly })
        {
            Assert.Empty(FetchingReferences(assembly.Location));
        }
    }

    [Fact]
    public void TheScan_FindsHttpClient_WhereItIsUsed()
    {
        // This test assembly does use HttpClient: the scan above would see it.
        Assert.Contains("System.Net.Http.HttpClient", FetchingReferences(typeof(SecurityTests).Assembly.Location));
    }

    [Fact]
    public async Task NoCorsHeaders_EvenWhenAnOriginAsks()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Options })
        {
            using var request = new HttpRequestMessage(method, "/api/articles");
            request.Headers.Add("Origin", "https://elsewhere.example");
            request.Headers.Add("Access-Control-Request-Method", "GET");

            var reply = await host.Client.SendAsync(request).ReadAsync();

            Assert.Null(reply.Header("Access-Control-Allow-Origin"));
            Assert.Null(reply.Header("Access-Control-Allow-Credentials"));
        }
    }

    [Fact]
    public async Task StoredHtml_IsServedSandboxed()
    {
        using var content = new ByteArrayContent(Pages.Unique("<script>alert(1)</script> sandbox check"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");
        var posted = await host.Client.PostAsync("/api/articles", content).ReadAsync();
        var id = posted.Json.GetProperty("id").GetString();

        var html = await host.Client.GetAsync($"/api/articles/{id}/html").ReadAsync();

        Assert.Equal(200, html.Status);
        Assert.StartsWith("sandbox;", html.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", html.Header("X-Content-Type-Options"));
    }

    /// <summary>Full names of the referenced types and members of an assembly that can fetch URLs.</summary>
    private static List<string> FetchingReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var name = $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
            if (Fetchers.Contains(name))
            {
                found.Add(name);
            }
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var name = metadata.GetString(metadata.GetMemberReference(handle).Name);
            if (FetchingMembers.Contains(name))
            {
                found.Add(name);
            }
        }

        return found;
    }
}
