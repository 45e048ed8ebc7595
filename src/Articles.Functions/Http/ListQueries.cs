using System.Text.RegularExpressions;
using Articles.Storage;
using Microsoft.AspNetCore.Http;

namespace Articles.Functions.Http;

/// <summary>The query strings of the list endpoints, validated; each bad parameter is named in the 400 detail.</summary>
public static class ListQueries
{
    private const int MaxNameLength = 200;

    private static readonly Regex LanguageTag = new("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.NonBacktracking);

    public static Parsed<ArticleQuery> Articles(IQueryCollection query)
    {
        var parameters = new QueryParameters(query);
        var from = parameters.Date("from", endOfDay: false);
        var to = parameters.Date("to", endOfDay: true);
        var source = parameters.Text("source", MaxNameLength);
        var official = parameters.Text("official", MaxNameLength);
        var language = parameters.Text("language", 35);
        var limit = parameters.Limit();
        var cursor = parameters.Cursor();
        parameters.Require(language is null || LanguageTag.IsMatch(language), $"'language' must be a language code such as uk, ru or en; got '{language}'.");
        parameters.Require(from is null || to is null || from <= to, "'from' is after 'to'.");
        if (parameters.Problem is { } problem)
        {
            return Parsed.Fail<ArticleQuery>(problem);
        }

        var primaryLanguage = language?.Split('-')[0].ToLowerInvariant();
        return Parsed.Ok(new ArticleQuery(from, to, source, official, primaryLanguage, limit, cursor));
    }

    public static Parsed<PageRequest> Page(IQueryCollection query)
    {
        var parameters = new QueryParameters(query);
        var page = new PageRequest(parameters.Limit(), parameters.Cursor(), null);
        return parameters.Problem is { } problem ? Parsed.Fail<PageRequest>(problem) : Parsed.Ok(page);
    }

    public static Parsed<PageRequest> Ingestions(IQueryCollection query)
    {
        var parameters = new QueryParameters(query);
        var statusText = parameters.Text("status", 20);
        IngestionStatus? status = null;
        if (statusText is not null)
        {
            var known = Enum.TryParse<IngestionStatus>(statusText, ignoreCase: true, out var parsed) && !int.TryParse(statusText, out _);
            parameters.Require(known, $"'status' must be one of processing, processed, rejected, failed; got '{statusText}'.");
            status = known ? parsed : null;
        }

        var page = new PageRequest(parameters.Limit(), parameters.Cursor(), status);
        return parameters.Problem is { } problem ? Parsed.Fail<PageRequest>(problem) : Parsed.Ok(page);
    }
}

/// <summary>limit and cursor of a paged list; the ingestion list also filters by status.</summary>
public sealed record PageRequest(int Limit, string? Cursor, IngestionStatus? Status);
