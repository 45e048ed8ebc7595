using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Articles.Extraction;
using Articles.Extraction.Model;
using Articles.Storage;
using Articles.Storage.Layout;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Articles.LoadTest;

/// <summary>
/// The storage side of the API alone, against the same emulator: each template page is extracted once up front, then
/// every "POST" is the store's SaveAsync of a distinct copy (own canonical URL, so own id) and every "GET" the
/// store's GetAsync / ListAsync, with the same client counts as the HTTP test. No host, no HTTP front, no extraction
/// per request: what is left is the cost of the storage operations themselves, and their round trips are counted.
/// Also times one extraction of each template on one thread, the CPU each ingest adds on top.
/// </summary>
public static class StorageOnly
{
    /// <param name="distinctNames">Suffix every source and official name per copy, so saves never share aggregate rows.</param>
    public static async Task<int> RunAsync(LoadOptions options, string connectionString, bool distinctNames)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inv = CultureInfo.InvariantCulture;
        var pages = new DistinctPages(options.PagesFolder);
        var templates = Enumerable.Range(0, pages.Templates)
            .Select(i => ArticleExtractor.Extract(Encoding.UTF8.GetBytes(pages.Page(i)), new ExtractionHints("text/html; charset=utf-8")))
            .ToArray();
        var extractMs = ExtractionMilliseconds(pages);

        var tableCounter = new RequestCounter();
        var blobCounter = new RequestCounter();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(tableCounter, HttpPipelinePosition.PerRetry);
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(blobCounter, HttpPipelinePosition.PerRetry);
        var storageOptions = new StorageOptions { TablePrefix = "load" + DateTime.UtcNow.ToString("HHmmss", inv) };
        var clients = new ArticleStorageClients(
            new TableServiceClient(connectionString, tableOptions),
            new BlobServiceClient(connectionString, blobOptions),
            new StorageLayout(storageOptions));
        await new StorageInitializer(clients).InitializeAsync().ConfigureAwait(false);
        var store = new TableArticleStore(clients, storageOptions);
        var ids = new ConcurrentBag<string>();

        async Task<(string?, LatencyLog)> Save(int n, LatencyLog log)
        {
            var html = Encoding.UTF8.GetBytes(pages.Page(n));
            var metadata = templates[n % templates.Length] with { Url = pages.Canonical(n) };
            if (distinctNames)
            {
                // Every copy cites its own names: no two saves update the same aggregate rows.
                metadata = metadata with
                {
                    Sources = [.. metadata.Sources.Select(s => s with { Name = $"{s.Name} {n}" })],
                    Officials = [.. metadata.Officials.Select(o => o with { Name = $"{o.Name} {n}" })],
                };
            }

            var outcome = await store.SaveAsync(new ArticleSubmission(html, "text/html; charset=utf-8", null), metadata).ConfigureAwait(false);
            ids.Add(outcome.Id);
            return (null, log);
        }

        async Task<(string?, LatencyLog)> Get(string id, LatencyLog log) =>
            (await store.GetAsync(id).ConfigureAwait(false) is null ? "not found" : null, log);

        async Task<(string?, LatencyLog)> List(LatencyLog log)
        {
            await store.ListAsync(new ArticleQuery(Limit: 20)).ConfigureAwait(false);
            return (null, log);
        }

        var warm = new LatencyLog("warm-up");
        for (var i = 0; i < 8; i++)
        {
            await Save(options.Posts + i, warm).ConfigureAwait(false);
        }

        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var (tables0, blobs0) = (tableCounter.Count, blobCounter.Count);
        var saves = new LatencyLog("SaveAsync");
        Console.Error.WriteLine($"== storage only, save: {options.Posts} distinct pages{(distinctNames ? " with distinct names" : "")}, {options.PostClients} clients, at most {options.PhaseLimit.TotalSeconds:0} s");
        var saveTime = await LoadPhase.RunAsync(options.PostClients, options.Posts, options.PhaseLimit, n => Save(n, saves)).ConfigureAwait(false);
        var saveCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        var (saveTables, saveBlobs) = (tableCounter.Count - tables0, blobCounter.Count - blobs0);

        var idList = ids.ToArray();
        var byId = new LatencyLog("GetAsync(id)");
        var list = new LatencyLog("ListAsync(limit 20)");
        var getsById = 0;
        var lists = 0;
        (tables0, blobs0) = (tableCounter.Count, blobCounter.Count);
        Console.Error.WriteLine($"== storage only, get: {options.Gets} requests over {idList.Length} ids, {options.GetClients} clients");
        var getTime = await LoadPhase.RunAsync(options.GetClients, options.Gets, options.PhaseLimit, n =>
        {
            if (n % 4 == 3)
            {
                Interlocked.Increment(ref lists);
                return List(list);
            }

            Interlocked.Increment(ref getsById);
            return Get(idList[n % idList.Length], byId);
        }).ConfigureAwait(false);
        var getTables = tableCounter.Count - tables0;

        // One request at a time, so each count belongs to one operation: a GET by id, a list page, a repeated save.
        var probeById = await CountAsync(tableCounter, 20, n => Get(idList[n % idList.Length], byId)).ConfigureAwait(false);
        var probeList = await CountAsync(tableCounter, 5, _ => List(list)).ConfigureAwait(false);

        Console.WriteLine(string.Create(inv, $"{"storage operation",-24} {"clients",7} {"count",7} {"errors",6} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}"));
        void Line(LatencyLog log, int clients, TimeSpan wall) => Console.WriteLine(string.Create(inv,
            $"{log.Name,-24} {clients,7} {log.Count,7} {log.Errors,6} {log.Count / wall.TotalSeconds,8:0.0} {log.Percentile(50),8:0.0} {log.Percentile(95),8:0.0} {log.Percentile(99),8:0.0}"));
        Line(saves, options.PostClients, saveTime);
        Line(byId, options.GetClients, getTime);
        Line(list, options.GetClients, getTime);
        foreach (var log in new[] { saves, byId, list, LatencyLog.Unknown })
        {
            foreach (var (kind, n) in log.ErrorKinds)
            {
                Console.WriteLine(string.Create(inv, $"  {log.Name}: {n} x {kind}"));
            }
        }

        Console.WriteLine(string.Create(inv,
            $"round trips per save: {(double)saveTables / Math.Max(1, saves.Count):0.0} table + {(double)saveBlobs / Math.Max(1, saves.Count):0.0} blob; per GET phase request (3 by id : 1 list): {(double)getTables / Math.Max(1, getsById + lists):0.0} table"));
        Console.WriteLine(string.Create(inv,
            $"round trips one at a time: per GET by id {probeById:0.0} table, per list page (limit 20, no filter) {probeList:0.0} table"));
        Console.WriteLine(string.Create(inv,
            $"save phase {saveTime.TotalSeconds:0.0} s, client CPU {saveCpu.TotalSeconds:0.0} s ({saveCpu.TotalMilliseconds / Math.Max(1, saves.Count):0.00} ms per save); get phase {getTime.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv,
            $"extraction of the {pages.Templates} templates, one thread, median ms: {string.Join(", ", extractMs.Select(ms => ms.ToString("0.00", inv)))}"));
        return saves.Errors + byId.Errors + list.Errors > 0 ? 1 : 0;
    }

    /// <summary>Table round trips per call of <paramref name="operation"/>, run <paramref name="calls"/> times one after another.</summary>
    private static async Task<double> CountAsync(RequestCounter counter, int calls, Func<int, Task<(string?, LatencyLog)>> operation)
    {
        var before = counter.Count;
        for (var n = 0; n < calls; n++)
        {
            await operation(n).ConfigureAwait(false);
        }

        return (double)(counter.Count - before) / calls;
    }

    /// <summary>Median of 41 single-threaded extractions of each template (after 10 warm-up calls).</summary>
    private static double[] ExtractionMilliseconds(DistinctPages pages) =>
        [.. Enumerable.Range(0, pages.Templates).Select(i =>
        {
            var bytes = Encoding.UTF8.GetBytes(pages.Page(i));
            var hints = new ExtractionHints("text/html; charset=utf-8");
            for (var w = 0; w < 10; w++)
            {
                ArticleExtractor.Extract(bytes, hints);
            }

            var times = Enumerable.Range(0, 41).Select(_ =>
            {
                var start = Stopwatch.GetTimestamp();
                ArticleExtractor.Extract(bytes, hints);
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }).Order().ToArray();
            return times[times.Length / 2];
        })];
}
