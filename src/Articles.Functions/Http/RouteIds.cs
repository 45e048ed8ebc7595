using Articles.Storage;

namespace Articles.Functions.Http;

/// <summary>Checks ids taken from the route before they reach storage.</summary>
public static class RouteIds
{
    public const int MaxBlobNameLength = 1024;

    /// <summary>Article ids are <see cref="ArticleIdentity.Length"/> lower-case base32 characters (a-z, 2-7).</summary>
    public static ApiProblem? CheckArticleId(string? id) =>
        ArticleIdentity.IsValid(id)
            ? null
            : ApiProblem.BadRequest($"'{Shorten(id)}' is not an article id: ids are {ArticleIdentity.Length} characters from a-z and 2-7.");

    public static ApiProblem ArticleNotFound(string id) => ApiProblem.NotFound($"There is no article with id '{id}'.");

    public static ApiProblem? CheckBlobName(string? name) =>
        string.IsNullOrEmpty(name) || name.Length > MaxBlobNameLength || name.Any(char.IsControl)
            ? ApiProblem.BadRequest($"A blob name has 1 to {MaxBlobNameLength} characters and no control characters.")
            : null;

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 64 ? text : text[..64] + "…";
}
