using Articles.Extraction;
using Microsoft.Extensions.Hosting;

namespace Articles.Functions;

/// <summary>
/// Extracts one small page at startup, before the first request: the extractor's lexicons and patterns are built on
/// first use, and that one-time cost should not count against the first client page's time budget.
/// </summary>
internal sealed class ExtractorWarmup : IHostedService
{
    private static readonly byte[] Page =
        "<html lang=\"uk\"><head><title>Розминка</title></head><body><article><h1>Розминка</h1><p>«Усе працює», — заявив міністр Іван Петренко, як повідомляє Укрінформ.</p></article></body></html>"u8.ToArray();

    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => ArticleExtractor.Extract(Page), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
