using System.Text.RegularExpressions;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>
/// Tells a date the page itself labels as its publication date ("Published:", "Veröffentlicht am", "Опубліковано").
/// Such a label outranks mere closeness to the headline: share bars and tickers print other dates nearer.
/// </summary>
internal static class PublishMarkers
{
    private static readonly Regex Label = new(
        @"(?:published|publication date|posted|first published|veröffentlicht|publiziert|erschienen|erstellt"
        + @"|опубліковано|дата публікації|опубликовано|дата публикации|publié|publicado|publicación"
        + @"|pubblicato|opublikowano|publikováno)[\s:,]*(?:on|am|le|el|il|em|o|в|об)?[\s:,]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the text just before <paramref name="index"/> labels what follows as the publication date.</summary>
    public static bool LabelledBefore(string text, int index) => LabelBefore.Matches(Label, text, index);
}
