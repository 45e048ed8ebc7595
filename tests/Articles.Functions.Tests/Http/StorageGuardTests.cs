using Articles.Functions.Http;
using Articles.Functions.Tests.Support;
using Articles.Storage;
using Azure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Articles.Functions.Tests.Http;

/// <summary>What a function answers when storage fails: the SDK's many shapes of "unreachable" all become 503 + Retry-After.</summary>
public sealed class StorageGuardTests
{
    private const string Key = "c2VjcmV0LWtleS10aGF0LW11c3Qtbm90LWxlYWs=";

    public static TheoryData<string> Failures => new() { "aggregate", "refused", "status", "http", "timeout", "conflict" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task StorageFailure_Is503_WithRetryAfter_AndNoSecret(string kind)
    {
        var reply = await RunAsync(() => throw Failure(kind));

        var detail = reply.ProblemDetail(503);
        Assert.Equal("5", reply.Header("Retry-After"));
        Assert.DoesNotContain(Key, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("devstoreaccount1", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForeignCursor_Is400_WithoutRetryAfter()
    {
        var reply = await RunAsync(() => throw new InvalidQueryException("The cursor is not ours."));

        Assert.Equal("The cursor is not ours.", reply.ProblemDetail(400));
        Assert.Null(reply.Header("Retry-After"));
    }

    [Fact]
    public async Task ABug_IsNotDisguisedAsAnOutage()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(() => throw new InvalidOperationException("bug")));
    }

    private static Exception Failure(string kind)
    {
        var refused = new RequestFailedException($"Connection refused (127.0.0.1:10002) AccountName=devstoreaccount1;AccountKey={Key}");
        return kind switch
        {
            "aggregate" => new AggregateException("Retry failed after 4 tries. (Connection refused (127.0.0.1:10002))", refused, refused),
            "refused" => refused,
            "status" => new RequestFailedException(500, $"InternalError AccountKey={Key}", "InternalError", null),
            "http" => new HttpRequestException($"An error occurred while sending the request to 127.0.0.1:10002 {Key}"),
            "timeout" => new TaskCanceledException($"The operation was cancelled because it exceeded the configured timeout {Key}"),
            "conflict" => new ArticleConflictException("Could not save article x: it kept changing under 40 attempts."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static async Task<Reply> RunAsync(Func<Task<IActionResult>> action)
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var request = HttpCall.Request(services, "POST", "/api/articles");
        return await HttpCall.RunAsync(request, StorageGuard.RunAsync(request, action));
    }
}
