using System.Globalization;

namespace Articles.Cli;

/// <summary>Parses the <c>--now</c> option: ISO 8601, read as UTC when it states no offset.</summary>
internal static class ReferenceTime
{
    public static DateTimeOffset? Parse(string text, out string? error)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            error = null;
            return value;
        }

        error = $"--now: not an ISO 8601 date/time: {text}";
        return null;
    }
}
