using System.Globalization;
using System.Text;

namespace Articles.Extraction.Fields.Site;

/// <summary>
/// A comparison key for names of sites: lower case, German umlauts spelled out, accents and punctuation dropped,
/// so "Süddeutsche.de", "sueddeutsche" and "SÜDDEUTSCHE DE" compare equal.
/// </summary>
internal static class NameKey
{
    public static string Of(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä':
                    output.Append("ae");
                    break;
                case 'ö':
                    output.Append("oe");
                    break;
                case 'ü':
                    output.Append("ue");
                    break;
                case 'ß':
                    output.Append("ss");
                    break;
                case var _ when char.IsSurrogate(c):
                    // Half of an emoji or other astral character: not a letter of a name, and normalising it
                    // alone throws.
                    break;
                default:
                    foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (char.IsLetterOrDigit(d) && CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        {
                            output.Append(d);
                        }
                    }

                    break;
            }
        }

        return output.ToString();
    }
}
