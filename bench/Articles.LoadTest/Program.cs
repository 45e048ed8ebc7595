using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Articles.LoadTest;

// Load generator for the local host (see bench/load.sh, which starts Azurite and the host and passes --host-pid).
// Phase 1: POST /api/articles, distinct pages, --post-clients concurrent clients.
// Phase 2: GET /api/articles/{id} (3 in 4) and GET /api/articles?limit=20 (1 in 4), --get-clients concurrent clients.
// --storage-only: the same phases against the store directly (see StorageOnly), no host.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (args.Contains("--storage-only"))
{
    var connection = Environment.GetEnvironmentVariable("ArticleStorage");
    if (string.IsNullOrEmpty(connection))
    {
        Console.Error.WriteLine("--storage-only needs the ArticleStorage connection string in the environment.");
        return 2;
    }

    return await StorageOnly.RunAsync(options, connection, args.Contains("--distinct-names"));
}

var pages = new DistinctPages(options.PagesFolder);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(options.PostClients, options.GetClients), UseProxy = false };
using var http = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
using var memory = options.HostPid is { } pid ? new HostMemory(pid) : null;
var ids = new ConcurrentBag<string>();

async Task<(string?, LatencyLog)> Post(int n, LatencyLog log)
{
    using var content = new StringContent(pages.Page(n), Encoding.UTF8, "text/html");
    using var response = await http.PostAsync(new Uri("articles", UriKind.Relative), content).ConfigureAwait(false);
    if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
    {
        return ($"HTTP {(int)response.StatusCode}", log);
    }

    using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync().ConfigureAwait(false)).ConfigureAwait(false);
    if (json.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value)
    {
        ids.Add(value);
    }

    return (null, log);
}

async Task<(string?, LatencyLog)> Get(string path, LatencyLog log)
{
    using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
    return (response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}", log);
}

// Warm-up (not counted): JIT, connections, the storage tables.
var warm = new LatencyLog("warm-up");
for (var i = 0; i < 8; i++)
{
    await Post(options.Posts + i, warm);
    await Get("articles?limit=20", warm);
}

memory?.Start();
var posts = new LatencyLog("POST /articles");
Console.Error.WriteLine($"== POST: {options.Posts} distinct pages ({pages.Templates} templates), {options.PostClients} clients, at most {options.PhaseLimit.TotalSeconds:0} s");
var postTime = await LoadPhase.RunAsync(options.PostClients, options.Posts, options.PhaseLimit, n => Post(n, posts));

var idList = ids.ToArray();
if (idList.Length == 0)
{
    Console.Error.WriteLine("No article was stored; nothing to GET.");
    return 1;
}

var byId = new LatencyLog("GET /articles/{id}");
var list = new LatencyLog("GET /articles?limit=20");
Console.Error.WriteLine($"== GET: {options.Gets} requests over {idList.Length} ids, {options.GetClients} clients, at most {options.PhaseLimit.TotalSeconds:0} s");
var getTime = await LoadPhase.RunAsync(options.GetClients, options.Gets, options.PhaseLimit, n =>
    n % 4 == 3 ? Get("articles?limit=20", list) : Get("articles/" + Uri.EscapeDataString(idList[n % idList.Length]), byId));

var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"{"requests",-24} {"clients",7} {"count",7} {"errors",6} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}"));
void Line(LatencyLog log, int clients, TimeSpan wall) => Console.WriteLine(string.Create(inv,
    $"{log.Name,-24} {clients,7} {log.Count,7} {log.Errors,6} {log.Count / wall.TotalSeconds,8:0.0} {log.Percentile(50),8:0.0} {log.Percentile(95),8:0.0} {log.Percentile(99),8:0.0}"));
Line(posts, options.PostClients, postTime);
Line(byId, options.GetClients, getTime);
Line(list, options.GetClients, getTime);
if (LatencyLog.Unknown.Count > 0)
{
    Line(LatencyLog.Unknown, 0, postTime + getTime);
}

foreach (var log in new[] { posts, byId, list, LatencyLog.Unknown })
{
    foreach (var (kind, n) in log.ErrorKinds)
    {
        Console.WriteLine(string.Create(inv, $"  {log.Name}: {n} x {kind}"));
    }
}

Console.WriteLine(string.Create(inv, $"POST phase {postTime.TotalSeconds:0.0} s, GET phase {getTime.TotalSeconds:0.0} s"));
if (memory is not null)
{
    Console.WriteLine(string.Create(inv, $"host peak working set: {memory.PeakBytes / (1024.0 * 1024):0} MB"));
}

return posts.Errors + byId.Errors + list.Errors + LatencyLog.Unknown.Errors > 0 ? 1 : 0;
