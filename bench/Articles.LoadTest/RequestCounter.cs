using Azure.Core;
using Azure.Core.Pipeline;

namespace Articles.LoadTest;

/// <summary>Counts the HTTP round trips the storage clients make (every attempt, retries included).</summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        return ProcessNextAsync(message, pipeline);
    }
}
