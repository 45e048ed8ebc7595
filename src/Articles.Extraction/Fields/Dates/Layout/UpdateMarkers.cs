using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Articles.Extraction.Fields.Dates.Layout;

/// <summary>Tells a modification date from a publication date by its label or markup ("Updated", "Оновлено", class="updated").</summary>
internal static class UpdateMarkers
{
    private static readonly Regex Label = new(
        @"(?:updated|last modified|modified|оновлено|оновлення|змінено|обновлено|обновления|изменено|изменён|aktualisiert"
        + @"|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|aggiornamento|zaktualizowano|aktualizacja"
        + @"|atualizado|atualização)[\s:,]*(?:on|am|le|el|il|em|o|в|об)?[\s:,]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Markup = new(
        @"updat|modif|edited|date-?changed",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the text just before <paramref name="index"/> labels what follows as an update.</summary>
    public static bool LabelledBefore(string text, int index) => LabelBefore.Matches(Label, text, index);

    /// <summary>True when the element or its parent says "updated"/"modified" in its class, id or itemprop.</summary>
    public static bool MarkedInMarkup(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        for (var (current, depth) = (element, 0); current is not null && depth < 2; (current, depth) = (current.ParentElement, depth + 1))
        {
            var words = $"{current.GetAttribute("class")} {current.Id} {current.GetAttribute("itemprop")}";
            try
            {
                if (Markup.IsMatch(words))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return false;
    }
}
