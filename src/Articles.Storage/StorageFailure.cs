using System.Net.Sockets;
using Azure;

namespace Articles.Storage;

/// <summary>
/// Which exceptions mean "storage is unreachable or busy right now, try again later". The Azure SDK reports an
/// unreachable endpoint as a <see cref="RequestFailedException"/> with status 0, and, once its own retries are used
/// up, as an <see cref="AggregateException"/> of those; a request that outlived the network timeout surfaces as a
/// cancellation the caller did not ask for.
/// </summary>
public static class StorageFailure
{
    /// <param name="callerToken">The caller's token: a cancellation it asked for is not a storage failure.</param>
    public static bool IsTransient(Exception exception, CancellationToken callerToken = default) => exception switch
    {
        ArticleConflictException => true,
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
                                        && aggregate.InnerExceptions.All(inner => IsTransient(inner, callerToken)),
        HttpRequestException or IOException or SocketException or TimeoutException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>A short description for logs and problem details: the status and error code, never a URL or a key.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => "storage did not answer",
        RequestFailedException failed => $"storage answered {failed.Status} {failed.ErrorCode}".TrimEnd(),
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.InnerExceptions[^1]),
        ArticleConflictException => "too many concurrent writers",
        OperationCanceledException or TimeoutException => "storage did not answer in time",
        _ => "storage could not be reached",
    };
}
