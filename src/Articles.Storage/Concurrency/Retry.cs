using System.Net;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;

namespace Articles.Storage.Concurrency;

/// <summary>Optimistic-concurrency helpers: which failures mean "someone else wrote first", and a jittered pause.</summary>
internal static class Retry
{
    /// <summary>409 (exists), 412 (ETag changed) and 404 (removed meanwhile): re-read and try again.</summary>
    public static bool IsConflict(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound;

    public static bool IsConflict(TableTransactionFailedException exception) =>
        exception.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound;

    /// <summary>Random pause growing with the attempt, so concurrent writers spread out instead of colliding again.</summary>
    public static Task PauseAsync(int attempt, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(20 + (attempt * 30), 400);
        return Task.Delay(RandomNumberGenerator.GetInt32(5, ceiling), cancellationToken);
    }
}
