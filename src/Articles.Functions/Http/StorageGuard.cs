using Articles.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Articles.Functions.Http;

/// <summary>
/// Turns what storage throws into problems: a foreign cursor is the client's 400; an outage, a timeout or too many
/// concurrent writers is a 503 with Retry-After. The detail names the kind of failure only: never a storage URL,
/// account name or key.
/// </summary>
public static class StorageGuard
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<Task<IActionResult>> action)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (InvalidQueryException e)
        {
            return ApiProblem.BadRequest(e.Message).ToResult(request);
        }
        catch (ArticleConflictException e)
        {
            return ApiProblem.Unavailable($"{e.Message} Try again.").ToResult(request);
        }
        catch (Exception e) when (StorageFailure.IsTransient(e, request.HttpContext.RequestAborted))
        {
            return ApiProblem.Unavailable($"Storage is unavailable ({StorageFailure.Describe(e)}). The request is safe to repeat; try again later.")
                .ToResult(request);
        }
    }
}
