using System.Text.RegularExpressions;

namespace Articles.Extraction.Body;

/// <summary>Photo and illustration credits written as text ("Фото: росЗМІ", "Photo: Reuters/…", "Getty Images").</summary>
internal static class CreditText
{
    private const int MaxCreditLength = 160;

    private static readonly Regex Credit = new(
        @"^[\s\p{P}\p{S}]*(фото|фотографія|фотография|ілюстрація|иллюстрация|колаж|коллаж|скриншот|скріншот|" +
        @"джерело\s+фото|источник\s+фото|photo|photos|picture|image|illustration|credit|foto|bild|quelle\s*:|" +
        @"відео|видео|video)\b\s*(\p{L}+\s*)?[:©—–-]|^(photo|foto|фото)\s+(by|von|from)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex AgencyOnly = new(
        @"^[\s©]*(getty\s+images|reuters|ap\s+photo|afp|epa|shutterstock|depositphotos|unsplash)\b[^.!?]{0,60}$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool IsCredit(string paragraph) =>
        paragraph.Length <= MaxCreditLength && (Credit.IsMatch(paragraph) || AgencyOnly.IsMatch(paragraph)
            || paragraph.StartsWith('©'));
}
