namespace Articles.Functions.Http;

/// <summary>Checks ids taken from the route before they reach storage.</summary>
public static class RouteIds
{
    public const int MaxArticleIdLength = 128;
    public const int MaxBlobNameLength = 1024;

    /// <summary>Article ids are URL-safe: letters, digits, '-' and '_'.</summary>
    public static ApiProblem? CheckArticleId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxArticleIdLength)
        {
            return ApiProblem.BadRequest($"An article id has 1 to {MaxArticleIdLength} characters; got {id?.Length ?? 0}.");
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return ApiProblem.BadRequest($"An article id has only letters, digits, '-' and '_'; '{id}' has '{c}'.");
            }
        }

        return null;
    }

    public static ApiProblem ArticleNotFound(string id) => ApiProblem.NotFound($"There is no article with id '{id}'.");

    public static ApiProblem? CheckBlobName(string? name) =>
        string.IsNullOrEmpty(name) || name.Length > MaxBlobNameLength || name.Any(char.IsControl)
            ? ApiProblem.BadRequest($"A blob name has 1 to {MaxBlobNameLength} characters and no control characters.")
            : null;
}
