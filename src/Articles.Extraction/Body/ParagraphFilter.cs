namespace Articles.Extraction.Body;

/// <summary>Drops paragraphs that are not article prose by their text alone: promos, credits, bylines, teaser links.</summary>
internal static class ParagraphFilter
{
    private const int TeaserMaxLength = 200;
    private const double TeaserLinkShare = 0.9;

    public static bool Keeps(BodyParagraph paragraph)
    {
        var text = paragraph.Text;
        if (!text.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        return !PromoText.IsPromo(text) && !CreditText.IsCredit(text) && !DateLineText.IsBylineOrDate(text)
            && !IsTeaserLink(paragraph);
    }

    /// <summary>A short paragraph that is nothing but a link is a pointer to another page, not prose.</summary>
    private static bool IsTeaserLink(BodyParagraph paragraph)
    {
        if (paragraph.Links.Count == 0 || paragraph.Text.Length > TeaserMaxLength)
        {
            return false;
        }

        var linked = paragraph.Links.Sum(l => l.Text.Length);
        return linked >= paragraph.Text.Length * TeaserLinkShare;
    }
}
