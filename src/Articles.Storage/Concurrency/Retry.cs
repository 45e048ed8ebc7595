using System.Net;
using System.Security.Cryptography;
using Azure;

namespace Articles.Storage.Concurrency;

/// <summary>Optimistic-concurrency helpers: which failures mean "someone else wrote first", and a jittered pause.</summary>
internal static class Retry
{
    /// <summary>
    /// 409 (exists), 412 (ETag changed) and a 404 for the entity or blob itself (removed meanwhile): re-read and try
    /// again. A missing table or container (404 TableNotFound / ContainerNotFound) is not a race and surfaces at once.
    /// Table transaction failures are <see cref="RequestFailedException"/>s too.
    /// </summary>
    public static bool IsConflict(RequestFailedException exception) =>
        exception.Status switch
        {
            (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed => true,
            (int)HttpStatusCode.NotFound => exception.ErrorCode is "ResourceNotFound" or "BlobNotFound",
            _ => false,
        };

    /// <summary>Random pause growing with the attempt, so concurrent writers spread out instead of colliding again.</summary>
    public static Task PauseAsync(int attempt, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(20 + (attempt * 30), 400);
        return Task.Delay(RandomNumberGenerator.GetInt32(5, ceiling), cancellationToken);
    }
}
