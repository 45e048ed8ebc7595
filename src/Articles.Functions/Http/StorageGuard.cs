using Articles.Storage;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Articles.Functions.Http;

/// <summary>Turns what storage throws into problems: a foreign cursor is the client's 400, an outage is a 503.</summary>
public static class StorageGuard
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<Task<IActionResult>> action)
    {
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
        catch (RequestFailedException e)
        {
            return ApiProblem.Unavailable($"Storage did not answer as expected ({e.Status} {e.ErrorCode}); try again later.").ToResult(request);
        }
    }
}
