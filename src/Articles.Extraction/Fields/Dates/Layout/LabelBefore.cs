using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>Whether a label pattern ends in the few characters just before a date (the "Published:" / "Updated:" test).</summary>
internal static class LabelBefore
{
    private const int Window = 32;

    public static bool Matches(Regex label, string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, index - Window);
        try
        {
            return label.IsMatch(text[start..index]);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
