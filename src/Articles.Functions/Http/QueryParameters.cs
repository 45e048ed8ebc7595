using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Articles.Functions.Http;

/// <summary>Reads query parameters one by one, collecting every mistake into one 400 detail.</summary>
public sealed class QueryParameters(IQueryCollection query)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 20;
    private const int MaxCursorLength = 4096;

    private readonly List<string> errors = [];

    public ApiProblem? Problem => errors.Count == 0 ? null : ApiProblem.BadRequest(string.Join(" ", errors));

    public string? Text(string name, int maxLength)
    {
        var value = Single(name)?.Trim();
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0)
        {
            return Error<string>($"'{name}' is empty; leave it out or give a value.");
        }

        return value.Length > maxLength ? Error<string>($"'{name}' is longer than {maxLength} characters.") : value;
    }

    public int Limit()
    {
        var value = Single("limit");
        if (value is null)
        {
            return DefaultLimit;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit)
        {
            errors.Add($"'limit' must be a whole number from 1 to {MaxLimit}; got '{value}'.");
            return DefaultLimit;
        }

        return limit;
    }

    public string? Cursor() => Text("cursor", MaxCursorLength);

    /// <summary>A date (yyyy-MM-dd, read as UTC; with <paramref name="endOfDay"/> its last instant) or an ISO 8601 date-time.</summary>
    public DateTimeOffset? Date(string name, bool endOfDay)
    {
        var value = Single(name);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // The day's last instant without passing through the next day (9999-12-31 has none).
            return new DateTimeOffset(day.ToDateTime(endOfDay ? TimeOnly.MaxValue : TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors.Add($"'{name}' must be a date (2024-10-14) or an ISO 8601 date-time (2024-10-14T09:25:00+03:00); got '{value}'.");
        return null;
    }

    public void Require(bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }

    private string? Single(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            errors.Add($"'{name}' is given more than once.");
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }

    private T? Error<T>(string message)
        where T : class
    {
        errors.Add(message);
        return null;
    }
}
